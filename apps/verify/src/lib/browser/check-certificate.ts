import {
  type BusinessRule,
  combineStatusLookups,
  createStatusListLookup,
  createVerifiedLists,
  type TrustList,
  type VerifiedLists,
  type VerifyResult,
  verify,
} from "@vax/credentials/verify";
import { tenantBases } from "./issuer-data";
import { fetchKeptJson, type KeptJson } from "./issuer-data-cache";
import { createKeptRevocationLookup } from "./revocation-lists";

/**
 * The User Timing measure each check records, from the decoded text to the result: a checker's browser shows it in
 * its performance tools, and the verify bench reads it back.
 */
export const CHECK_MEASURE = "vax:check-certificate";

// The status lists verified against each trust list held: a refresh brings a new trust list, and a fresh memory.
const verifiedLists = new WeakMap<TrustList, VerifiedLists>();
const verifiedListsOf = (trust: TrustList): VerifiedLists => {
  let verified = verifiedLists.get(trust);
  if (!verified) {
    verified = createVerifiedLists();
    verifiedLists.set(trust, verified);
  }
  return verified;
};

/** A check made in this browser: the result, when and by what it was judged, and how current the status lists were. */
export type CertificateCheck = {
  result: VerifyResult;
  checkedAt: Date;
  /** The moment validity and rules were judged at. */
  judgedAt: Date;
  /** The destination country whose entry rules applied, if one was chosen. */
  destination?: string;
  /** When the oldest status or revocation list read was fetched; null when none was read. */
  statusAsOf: Date | null;
  /** False when a kept copy answered because the network failed. */
  statusFresh: boolean;
};

/** What a check judges by: the kept trust list and rules, the destination and the moment chosen. */
export type CheckBasis = {
  trust: TrustList;
  rules: BusinessRule[];
  destination?: string;
  /** The moment to judge at; the current time when not given. */
  at?: Date;
};

/**
 * How long a status or revocation list this page read answers later checks without the network: a gate checking a
 * queue answers each in milliseconds, and a withdrawal still reaches it within a minute (at once after Refresh).
 */
export const STATUS_REUSE_MS = 60_000;

/**
 * Checks a certificate (QR text or credential JSON) in the browser against the trust list and rules, reading the
 * status lists it names, or for an EU DCC or SMART Health Card the revocation lists the verify app at `origin`
 * publishes, network-first unless read within {@link STATUS_REUSE_MS}, kept copies when offline; each status list's signature is checked before it is believed.
 */
export const checkCertificate = async (
  input: unknown,
  basis: CheckBasis,
  origin: string,
): Promise<CertificateCheck> => {
  const start = performance.now();
  const { trust, rules, destination } = basis;
  const read: KeptJson[] = [];
  const fetchList = async (url: string) => {
    const kept = await fetchKeptJson(url, { timeoutMs: 4_000, keepOnlyChanged: true, reuseWithinMs: STATUS_REUSE_MS });
    read.push(kept);
    return kept.data;
  };
  const status = combineStatusLookups(
    createStatusListLookup({ trust, fetchList, verified: verifiedListsOf(trust) }),
    createKeptRevocationLookup({ origin, issuers: tenantBases(trust, origin), read: fetchList }),
  );
  const checkedAt = new Date();
  const judgedAt = basis.at ?? checkedAt;
  const result = await verify(input, { trust, status, rules, destination, now: judgedAt });
  performance.measure(CHECK_MEASURE, { start });
  return {
    result,
    checkedAt,
    judgedAt,
    ...(destination ? { destination } : {}),
    statusAsOf: read.length ? new Date(Math.min(...read.map((list) => list.fetchedAt.getTime()))) : null,
    statusFresh: read.every((list) => list.fresh),
  };
};
