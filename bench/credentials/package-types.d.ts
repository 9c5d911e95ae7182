// The credentials package types its untyped dependencies in its own src/types; the root project needs them too.
/// <reference path="../../packages/credentials/src/types/digitalbazaar-credentials-context.d.ts" />
/// <reference path="../../packages/credentials/src/types/digitalbazaar-data-integrity-context.d.ts" />
/// <reference path="../../packages/credentials/src/types/digitalbazaar-data-integrity.d.ts" />
/// <reference path="../../packages/credentials/src/types/digitalbazaar-ed25519-multikey.d.ts" />
/// <reference path="../../packages/credentials/src/types/digitalbazaar-ed25519-signature-2018.d.ts" />
/// <reference path="../../packages/credentials/src/types/digitalbazaar-ed25519-signature-2020.d.ts" />
/// <reference path="../../packages/credentials/src/types/digitalbazaar-ed25519-verification-key-2018.d.ts" />
/// <reference path="../../packages/credentials/src/types/digitalbazaar-eddsa-rdfc-2022-cryptosuite.d.ts" />
/// <reference path="../../packages/credentials/src/types/digitalbazaar-multikey-context.d.ts" />
/// <reference path="../../packages/credentials/src/types/digitalbazaar-security-context.d.ts" />
/// <reference path="../../packages/credentials/src/types/ed25519-signature-2018-context.d.ts" />
/// <reference path="../../packages/credentials/src/types/ed25519-signature-2020-context.d.ts" />
/// <reference path="../../packages/credentials/src/types/jsonld-signatures.d.ts" />
/// <reference path="../../packages/credentials/src/types/jsonld.d.ts" />
/// <reference path="../../packages/credentials/src/types/rdf-canonize.d.ts" />
/// <reference path="../../packages/credentials/src/types/jsonld-resolved-context.d.ts" />
