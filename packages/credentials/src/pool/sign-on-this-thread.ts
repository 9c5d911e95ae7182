import { openPrivateKey } from "../keys/seal-private-key.ts";
import { createW3cSignerFromJwk } from "../w3c/create-w3c-signer.ts";
import { createDocumentLoader, type DocumentLoader } from "../w3c/document-loader.ts";
import { issuerDocuments } from "../w3c/issuer-documents.ts";
import { signW3cCredential } from "../w3c/sign-w3c-credential.ts";
import type { W3cSigner } from "../w3c/suites.ts";
import { nativeQrText } from "./native-qr-text.ts";

/** An issuer's Ed25519 signing key as it is stored: sealed, with what names it in a did:web. */
export type TSealedSigningKey = {
  /** The stored key's id: a worker opens each key once and keeps the signer under it. */
  id: string;
  /** The issuer's DID; the key is `<did>#<kid>`. */
  did: string;
  /** The key's multibase public key, also its fragment in the DID document. */
  kid: string;
  /** The private JWK sealed with the key encryption key (`sealPrivateKey`). */
  sealedPrivateKey: string;
  /** Public base URL our own JSON-LD contexts live under (`VAX_PUBLIC_URL`). */
  publicUrl: string;
};

/** One pool task: sign these unsigned credentials with one key, the proofs created at one time. */
export type TSigningTask = {
  key: TSealedSigningKey;
  keyEncryptionKey: string;
  /** The proofs' `created` time (a Date survives the structured clone to the worker). */
  created: Date;
  /**
   * The unsigned credentials as one JSON array: text crosses to a thread for a tenth of what an object
   * graph costs to clone, and what is signed is then exactly what JSON can carry.
   */
  credentials: string;
};

/**
 * A credential signed with an eddsa-rdfc-2022 DataIntegrityProof: its JSON text, the bytes its
 * native QR text encodes, and that QR text.
 */
export type TSignedCredential = { json: string; qr: string };

type TOpenedKey = { signer: W3cSigner; documentLoader: DocumentLoader };

// Opening a sealed key and warming a loader cost milliseconds; a stored key never changes, so each
// thread does it once per key. Keyed by the sealed blob too, so a key sealed again is opened again.
const opened = new Map<string, TOpenedKey>();

const openKey = (key: TSealedSigningKey, keyEncryptionKey: string): TOpenedKey => {
  const cacheKey = `${key.id}\u0000${key.sealedPrivateKey}\u0000${key.did}\u0000${key.publicUrl}`;
  const known = opened.get(cacheKey);
  if (known) return known;
  const methodId = `${key.did}#${key.kid}`;
  const method = {
    "@context": "https://w3id.org/security/multikey/v1",
    id: methodId,
    type: "Multikey",
    controller: key.did,
    publicKeyMultibase: key.kid,
  };
  const fresh = {
    signer: createW3cSignerFromJwk({
      id: methodId,
      privateJwk: openPrivateKey(key.sealedPrivateKey, keyEncryptionKey),
    }),
    documentLoader: createDocumentLoader({ publicUrl: key.publicUrl, documents: issuerDocuments(key.did, method) }),
  };
  opened.set(cacheKey, fresh);
  return fresh;
};

/**
 * Signs a task's credentials on the calling thread, one after another, and encodes each one's QR.
 * The signing pool's workers run this; call it directly only where a worker thread cannot start.
 */
export const signCredentialsOnThisThread = async ({
  key,
  keyEncryptionKey,
  created,
  credentials,
}: TSigningTask): Promise<TSignedCredential[]> => {
  const { signer, documentLoader } = openKey(key, keyEncryptionKey);
  const signed: TSignedCredential[] = [];
  for (const credential of JSON.parse(credentials) as Record<string, unknown>[]) {
    const proved = await signW3cCredential({ credential, signer, documentLoader, created, type: "eddsa-rdfc-2022" });
    const json = JSON.stringify(proved);
    signed.push({ json, qr: nativeQrText(json) });
  }
  return signed;
};
