import { type RefusedTrustItem, readTrustDocument, TrustDocumentError } from "@vax/credentials/trust";
import type { TrustList } from "@vax/credentials/verify";
import { AppError } from "../errors";

/** Options of {@link addRequestTrust}: the caller's trust document, a JWKS's issuer, and the time DSCs are judged at. */
export type AddRequestTrustOptions = { trust?: unknown; trustIssuer?: string; now: Date };

/**
 * The platform's trust list with the issuers a verify request brings for itself (a trust list, DSC list or JWKS),
 * for that request only, and the items it refused; a document that cannot be read at all is a VALIDATION_FAILED
 * naming why.
 */
export const addRequestTrust = async (
  platform: TrustList,
  { trust, trustIssuer, now }: AddRequestTrustOptions,
): Promise<{ trust: TrustList; refused?: RefusedTrustItem[] }> => {
  if (trust === undefined) return { trust: platform };
  try {
    const document = await readTrustDocument(trust, { now, ...(trustIssuer ? { issuerUrl: trustIssuer } : {}) });
    if (trustIssuer && document.format !== "jwks") {
      throw new TrustDocumentError(`trustIssuer names the issuer of a JWKS, but trust is a ${document.format}.`);
    }
    return { trust: { ...platform, issuers: [...platform.issuers, ...document.issuers] }, refused: document.refused };
  } catch (error) {
    if (!(error instanceof TrustDocumentError)) throw error;
    throw new AppError("VALIDATION_FAILED", error.message, [{ path: "trust", message: error.message }]);
  }
};
