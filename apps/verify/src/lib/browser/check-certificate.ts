import { createStatusListLookup, type TrustList, type VerifyResult, verify } from "@vax/credentials/verify";
import { fetchKeptJson, type KeptJson } from "./issuer-data-cache";

/** A check made in this browser: the result, and how current the status lists it read were. */
export type CertificateCheck = {
  result: VerifyResult;
  /** When the oldest status list read was fetched; null when none was read. */
  statusAsOf: Date | null;
  /** False when a kept copy answered because the network failed. */
  statusFresh: boolean;
};

/**
 * Checks a certificate (QR text or credential JSON) in the browser against the trust list, reading the status lists
 * it names network-first, kept copies when offline; each list's signature is checked before it is believed.
 */
export const checkCertificate = async (input: unknown, trust: TrustList): Promise<CertificateCheck> => {
  const read: KeptJson[] = [];
  const fetchList = async (url: string) => {
    const kept = await fetchKeptJson(url, { timeoutMs: 4_000 });
    read.push(kept);
    return kept.data;
  };
  const result = await verify(input, { trust, status: createStatusListLookup({ trust, fetchList }) });
  return {
    result,
    statusAsOf: read.length ? new Date(Math.min(...read.map((list) => list.fetchedAt.getTime()))) : null,
    statusFresh: read.every((list) => list.fresh),
  };
};
