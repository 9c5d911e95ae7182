export {
  type DidVerificationMethod,
  type DidWebDocument,
  didWebDocument,
  didWebDocumentPath,
  didWebFromUrl,
} from "./did-web-document.ts";
export { type DscListEntry, type DscListInput, dscList } from "./dsc-list.ts";
export {
  ed25519JwkToMultibase,
  generateSigningKey,
  JWS_ALGORITHMS,
  type KeyAlgorithm,
  keyIdOf,
  type PublicJwk,
  publicMembers,
  type SigningKey,
} from "./generate-signing-key.ts";
export {
  type CertifyingCsca,
  type GenerateIssuerKeyOptions,
  generateIssuerKey,
  type IssuerKey,
  type IssuerKeyKind,
} from "./issuer-key.ts";
export { type JwksKey, type JwksOptions, jwks } from "./jwks.ts";
export { canSign, canVerify, type KeyStatus } from "./key-status.ts";
export type { PublishedKey } from "./published-key.ts";
export { readPastedKey } from "./read-pasted-key.ts";
export { openPrivateKey, SealedKeyError, sealPrivateKey } from "./seal-private-key.ts";
export { isSealedSecret, openSecret, sealSecret } from "./seal-secret.ts";
