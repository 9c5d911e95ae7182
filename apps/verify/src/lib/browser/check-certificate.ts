import {
  combineStatusLookups,
  createStatusListLookup,
  type TrustList,
  type VerifyResult,
  verify,
} from "@vax/credentials/verify";
import { tenantBases } from "./issuer-data";
import { fetchKeptJson, type KeptJson } from "./issuer-data-cache";
import { createKeptRevocationLookup } from "./revocation-lists";

/** A check made in this browser: the result, and how current the status lists it read were. */
export type CertificateCheck = {
  result: VerifyResult;
  /** When the oldest status or revocation list read was fetched; null when none was read. */
  statusAsOf: Date | null;
  /** False when a kept copy answered because the network failed. */
  statusFresh: boolean;
};

/**
 * Checks a certificate (QR text or credential JSON) in the browser against the trust list, reading the status lists
 * it names, or for an EU DCC or SMART Health Card the revocation lists the verify app at `origin` publishes,
 * network-first, kept copies when offline; each status list's signature is checked before it is believed.
 */
export const checkCertificate = async (input: unknown, trust: TrustList, origin: string): Promise<CertificateCheck> => {
  const read: KeptJson[] = [];
  const fetchList = async (url: string) => {
    const kept = await fetchKeptJson(url, { timeoutMs: 4_000 });
    read.push(kept);
    return kept.data;
  };
  const status = combineStatusLookups(
    createStatusListLookup({ trust, fetchList }),
    createKeptRevocationLookup({ origin, issuers: tenantBases(trust, origin), read: fetchList }),
  );
  const result = await verify(input, { trust, status });
  return {
    result,
    statusAsOf: read.length ? new Date(Math.min(...read.map((list) => list.fetchedAt.getTime()))) : null,
    statusFresh: read.every((list) => list.fresh),
  };
};
