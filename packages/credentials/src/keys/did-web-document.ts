import { ed25519JwkToMultibase, publicMembers } from "./generate-signing-key.ts";
import { canVerify } from "./key-status.ts";
import type { PublishedKey } from "./published-key.ts";

/** A verification method of the DID document: Multikey for Ed25519, JsonWebKey for P-256 and RSA. */
export type DidVerificationMethod =
  | { id: string; type: "Multikey"; controller: string; publicKeyMultibase: string }
  | { id: string; type: "JsonWebKey"; controller: string; publicKeyJwk: JsonWebKey };

/** A did:web DID document listing the keys that still verify. */
export type DidWebDocument = {
  "@context": string[];
  id: string;
  verificationMethod: DidVerificationMethod[];
  assertionMethod: string[];
};

const DID_V1 = "https://www.w3.org/ns/did/v1";
const MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";
const JWK_V1 = "https://w3id.org/security/jwk/v1";

const parseBaseUrl = (publicBaseUrl: string): URL => {
  let url: URL | undefined;
  try {
    url = new URL(publicBaseUrl);
  } catch {
    // reported below
  }
  // "localhost:3003" parses as a URL with scheme "localhost:", so the scheme is checked too.
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || !url.host) {
    throw new Error(`The public base URL ${JSON.stringify(publicBaseUrl)} is not an http(s) URL.`);
  }
  return url;
};

/** The did:web for a public base URL: host with the port's colon as %3A, then path segments joined by ":". */
export const didWebFromUrl = (publicBaseUrl: string): string => {
  const url = parseBaseUrl(publicBaseUrl);
  const segments = url.pathname.split("/").filter((segment) => segment.length > 0);
  return ["did:web", encodeURIComponent(url.host), ...segments.map(encodeURIComponent)].join(":");
};

/** The URL path the did:web method resolves the document at: `/.well-known/did.json`, or `<path>/did.json`. */
export const didWebDocumentPath = (publicBaseUrl: string): string => {
  const path = parseBaseUrl(publicBaseUrl).pathname.replace(/\/+$/, "");
  return path === "" ? "/.well-known/did.json" : `${path}/did.json`;
};

const verificationMethod = (did: string, key: PublishedKey): DidVerificationMethod => {
  const id = `${did}#${key.kid}`;
  if (key.algorithm === "ED25519") {
    return { id, type: "Multikey", controller: did, publicKeyMultibase: ed25519JwkToMultibase(key.publicJwk) };
  }
  return { id, type: "JsonWebKey", controller: did, publicKeyJwk: publicMembers(key.publicJwk) };
};

/**
 * Builds the did:web DID document for the base URL. Active and retired keys are listed so old
 * certificates keep verifying; revoked keys are left out so that nothing they signed verifies.
 */
export const didWebDocument = ({
  publicBaseUrl,
  keys,
}: {
  publicBaseUrl: string;
  keys: readonly PublishedKey[];
}): DidWebDocument => {
  const did = didWebFromUrl(publicBaseUrl);
  const methods = keys.filter((key) => canVerify(key.status)).map((key) => verificationMethod(did, key));
  const usesJwk = methods.some((method) => method.type === "JsonWebKey");
  return {
    "@context": [DID_V1, MULTIKEY_V1, ...(usesJwk ? [JWK_V1] : [])],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((method) => method.id),
  };
};
