import { decodeNativeQrJson, encodeNativeQr } from "@vax/credentials/qr";

/** A certificate's signed credential as issued: the object, its JSON text as signed, and its native QR text. */
export type TIssuedCredential = { credential: Record<string, unknown>; json: string; qr: string };

/**
 * The signed credential of a stored certificate, the one source of every copy of it. A certificate
 * issued with its QR stored gives back exactly the signed bytes; one issued before falls back to the
 * jsonb payload, whose key order is PostgreSQL's but the same on every read, so its copies agree too.
 */
export const issuedCredential = (row: { payload: unknown; nativeQr: string | null }): TIssuedCredential => {
  if (row.nativeQr) {
    const json = decodeNativeQrJson(row.nativeQr);
    return { credential: JSON.parse(json) as Record<string, unknown>, json, qr: row.nativeQr };
  }
  const credential = row.payload as Record<string, unknown>;
  return { credential, json: JSON.stringify(credential), qr: encodeNativeQr(credential) };
};
