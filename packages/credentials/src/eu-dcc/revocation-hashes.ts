import { decodeBase45 } from "../codecs/base45.ts";
import { inflate } from "../codecs/zlib.ts";
import { MAX_DCC_INFLATED_BYTES } from "../limits.ts";
import { coseAlg, coseKid, decodeCoseSign1 } from "./cose.ts";
import { decodeClaims } from "./dcc-checks.ts";
import { DCC_PREFIX } from "./issue-dcc.ts";

/** The hash types of the EU DCC revocation specification, as the DCC gateway names them. */
export const DCC_REVOCATION_HASH_TYPES = ["SIGNATURE", "UCI", "COUNTRYCODEUCI"] as const;

/** One of {@link DCC_REVOCATION_HASH_TYPES}. */
export type DccRevocationHashType = (typeof DCC_REVOCATION_HASH_TYPES)[number];

/** What the revocation lists say of one DCC: its signer's kid (base64) and its three revocation hashes (hex). */
export type DccRevocationEntry = { kid: string; hashes: Record<DccRevocationHashType, string> };

const ES256 = -7;
const toHex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

// The revocation entry is the first 16 bytes (128 bits) of the SHA-256, hex-encoded.
const entryHash = async (bytes: Uint8Array): Promise<string> =>
  toHex(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>)).slice(0, 16));

/**
 * The revocation hashes of a DCC as the EU DCC revocation specification defines them: UCI is SHA-256 of the
 * certificate identifier (`ci`), COUNTRYCODEUCI of the issuing country (CWT `iss`) followed by it, SIGNATURE of
 * the COSE signature (for ES256 only its first half, r, which a re-encoding of the signature cannot change).
 */
export const dccRevocationHashes = async ({
  uci,
  issuerCountry,
  signature,
  alg,
}: {
  uci: string;
  issuerCountry: string;
  signature: Uint8Array;
  alg: number;
}): Promise<Record<DccRevocationHashType, string>> => {
  const text = new TextEncoder();
  return {
    SIGNATURE: await entryHash(alg === ES256 ? signature.slice(0, signature.length / 2) : signature),
    UCI: await entryHash(text.encode(uci)),
    COUNTRYCODEUCI: await entryHash(text.encode(issuerCountry + uci)),
  };
};

/**
 * Reads the kid and revocation hashes of an `HC1:` DCC; throws with a reason when it is not one. The signature
 * is not checked here: only a verified DCC should be looked up.
 */
export const dccRevocationEntry = async (qr: string): Promise<DccRevocationEntry> => {
  const text = qr.trim();
  if (!text.startsWith(DCC_PREFIX)) throw new Error(`an EU DCC starts with ${DCC_PREFIX}`);
  const message = decodeCoseSign1(
    inflate(decodeBase45(text.slice(DCC_PREFIX.length)), { maxBytes: MAX_DCC_INFLATED_BYTES, what: "The EU DCC" }),
  );
  const kid = coseKid(message);
  const alg = coseAlg(message);
  const claims = decodeClaims(message.payload);
  const uci = [claims.payload.v ?? claims.payload.t ?? claims.payload.r].flat()[0]?.ci;
  if (!kid || typeof alg !== "number" || typeof claims.iss !== "string" || typeof uci !== "string") {
    throw new Error("the DCC lacks a kid, an algorithm, an issuing country or a certificate identifier");
  }
  return {
    kid: toBase64(kid),
    hashes: await dccRevocationHashes({ uci, issuerCountry: claims.iss, signature: message.signature, alg }),
  };
};
