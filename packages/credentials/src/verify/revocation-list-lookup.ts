import { type DccRevocationList, isOnDccRevocationList } from "../eu-dcc/revocation-list.ts";
import type { StatusLookup } from "./types.ts";

/** Options of {@link createRevocationListLookup}: how the caller gets each list (network, cache, database). */
export type RevocationListLookupOptions = {
  /** The DCC revocation list (JSON form) of a DSC kid, or undefined when the caller has none for it. */
  fetchDccList?: (kid: string) => Promise<unknown>;
  /** The SMART Health Card CRL of an issuer's key (`{iss}/.well-known/crl/{kid}.json`), or undefined. */
  fetchShcCrl?: (iss: string, kid: string) => Promise<unknown>;
  /** The time a DCC list must still be valid at, default now. */
  now?: Date;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The status lookup `verify()` takes, over the EU DCC revocation lists (hashes per DSC kid) and SMART Health
 * Card CRLs (`rid`s per key). They answer revocation only; suspension is not covered by either format. A list
 * the caller has none of is "not covered"; one that cannot be read, or a DCC list past its expiry, throws, so
 * the result says the revocation could not be checked.
 */
export const createRevocationListLookup = ({
  fetchDccList,
  fetchShcCrl,
  now,
}: RevocationListLookupOptions): StatusLookup => {
  return async ({ purpose, format, issuer, id, kid, dccHashes }) => {
    if (purpose !== "revocation" || kid === undefined) return undefined;
    if (format === "eu-dcc" && fetchDccList && dccHashes) {
      const list = await fetchDccList(kid);
      if (list === undefined) return undefined;
      if (!isObject(list) || !isObject(list.hashes) || list.kid !== kid) {
        throw new Error(`the DCC revocation list of ${kid} cannot be read`);
      }
      const expires = Date.parse(String(list.expires));
      if (!(expires > (now ?? new Date()).getTime())) {
        throw new Error(
          `the DCC revocation list of ${kid} expired on ${String(list.expires)}; a current copy is needed`,
        );
      }
      return isOnDccRevocationList(list as DccRevocationList, { kid, hashes: dccHashes });
    }
    if (format === "shc" && fetchShcCrl && issuer && id) {
      const crl = await fetchShcCrl(issuer, kid);
      if (crl === undefined) return undefined;
      if (!isObject(crl) || crl.kid !== kid || !Array.isArray(crl.rids)) {
        throw new Error(`the SMART Health Card CRL of ${kid} cannot be read`);
      }
      // "rid.timestamp" revokes only cards issued before it; this platform lists plain rids, and a listed one is out.
      return crl.rids.some((listed) => typeof listed === "string" && listed.split(".")[0] === id);
    }
    return undefined;
  };
};

/** Asks each lookup in turn; the first that covers the certificate answers. */
export const combineStatusLookups =
  (...lookups: StatusLookup[]): StatusLookup =>
  async (query) => {
    for (const lookup of lookups) {
      const answer = await lookup(query);
      if (answer !== undefined) return answer;
    }
    return undefined;
  };
