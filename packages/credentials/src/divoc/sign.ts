import { Ed25519Signature2018 } from "@digitalbazaar/ed25519-signature-2018";
import { Ed25519VerificationKey2018 } from "@digitalbazaar/ed25519-verification-key-2018";
import {
  buildDivocCredential,
  type DivocCertificationRequest,
  type DivocCredential,
  type DivocCredentialOptions,
} from "./credential.ts";
import { createDivocDocumentLoader } from "./document-loader.ts";
import { assertionPurpose, type JwsSigner, jsigs } from "./jsigs.ts";
import { DEFAULT_CONTROLLER } from "./keys.ts";
import { createRsaSigner, RsaSignature2018 } from "./rsa-signature-2018.ts";

/** A private key DIVOC certificates are signed with; `id` becomes `proof.verificationMethod` (e.g. `did:india`). */
export type DivocSigningKey =
  | { type: "RsaSignature2018"; id: string; privateKeyPem: string }
  | {
      type: "Ed25519Signature2018";
      id: string;
      controller?: string;
      publicKeyBase58: string;
      /** The 64-byte seed‖public-key form, base58btc, as DIVOC stores it. */
      privateKeyBase58: string;
    };

/** Options of {@link signDivocCredential}. */
export type SignDivocOptions = {
  key: DivocSigningKey;
  /** The proof's `created` time; now when absent. */
  date?: Date;
  namespaces?: Record<string, "v1" | "v2">;
  /** The deployment's own JSON-LD context documents by URL, when it signs under a context it serves itself. */
  contexts?: Record<string, unknown>;
};

// Importing a key costs more than a signature; a caller signing in bulk passes the same key object.
const rsaSigners = new WeakMap<DivocSigningKey, Promise<JwsSigner>>();
const ed25519Keys = new WeakMap<DivocSigningKey, Promise<Ed25519VerificationKey2018>>();

const suiteFor = async (key: DivocSigningKey, date: Date) => {
  if (key.type === "RsaSignature2018") {
    const signer = rsaSigners.get(key) ?? createRsaSigner(key.id, key.privateKeyPem);
    rsaSigners.set(key, signer);
    return new RsaSignature2018({ signer: await signer, date });
  }
  const pair =
    ed25519Keys.get(key) ??
    Ed25519VerificationKey2018.from({
      id: key.id,
      controller: key.controller ?? DEFAULT_CONTROLLER,
      publicKeyBase58: key.publicKeyBase58,
      privateKeyBase58: key.privateKeyBase58,
    });
  ed25519Keys.set(key, pair);
  return new Ed25519Signature2018({ key: await pair, date });
};

const defaultLoader = createDivocDocumentLoader();

/** Signs a DIVOC certificate with RsaSignature2018 (PS256) or Ed25519Signature2018, leaving its contexts as they are. */
export const signDivocCredential = async (
  credential: DivocCredential,
  { key, date = new Date(), namespaces, contexts }: SignDivocOptions,
): Promise<DivocCredential> => {
  const { proof: _unsigned, ...document } = structuredClone(credential);
  const suite = await suiteFor(key, date);
  const documentLoader = namespaces || contexts ? createDivocDocumentLoader({ namespaces, contexts }) : defaultLoader;
  // addSuiteContext false: DIVOC verifiers expect exactly the two contexts DIVOC writes.
  const signed = await jsigs.sign(document, {
    suite,
    purpose: assertionPurpose(),
    documentLoader,
    addSuiteContext: false,
  });
  return signed as DivocCredential;
};

/** Builds and signs a DIVOC certificate for one certification request. */
export const issueDivocCertificate = async (
  request: DivocCertificationRequest,
  options: DivocCredentialOptions & SignDivocOptions,
): Promise<DivocCredential> => {
  const issued = options.issuanceDate ?? new Date();
  const credential = buildDivocCredential(request, { ...options, issuanceDate: issued });
  return signDivocCredential(credential, { ...options, date: options.date ?? issued });
};
