import type { TIssuedCredential } from "../certification/issued-credential";
import { issuedCredential } from "../certification/issued-credential";

/**
 * A schema credential's signed copies: the whole credential (the JSON handed out and printed) and the QR text. They
 * are one credential unless the version names QR fields, when the QR carries a second one signed over those fields.
 */
export const schemaCredentialCopies = (row: { payload: unknown; nativeQr: string }): TIssuedCredential => {
  const inQr = issuedCredential({ payload: null, nativeQr: row.nativeQr });
  if (row.payload === null || row.payload === undefined) return inQr;
  const credential = row.payload as Record<string, unknown>;
  return { credential, json: JSON.stringify(credential), qr: inQr.qr };
};
