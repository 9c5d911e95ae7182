/**
 * The documents a loader needs to verify what an issuer signs with one key: the issuer's DID
 * document naming the key for assertions, and the key itself (as
 * `Ed25519Multikey.export({publicKey: true, includeContext: true})` gives it), both keyed by their ids.
 */
export const issuerDocuments = (
  issuer: string,
  method: Record<string, unknown>,
): Record<string, Record<string, unknown>> => {
  const { "@context": _context, ...embedded } = method;
  const keyId = String(method.id);
  return {
    [issuer]: {
      "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
      id: issuer,
      verificationMethod: [embedded],
      assertionMethod: [keyId],
    },
    [keyId]: method,
  };
};
