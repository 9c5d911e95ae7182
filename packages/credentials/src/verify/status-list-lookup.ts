import { createStatusEntryReader, type FetchStatusList } from "../status/check-credential-status.ts";
import { createDocumentLoader } from "../w3c/document-loader.ts";
import { w3cDocuments } from "./trust.ts";
import type { StatusLookup, TrustList } from "./types.ts";

/** Options of {@link createStatusListLookup}. */
export type StatusListLookupOptions = {
  /** The trust list whose keys must have signed each status list. */
  trust: TrustList;
  /** Returns the status list credential at a URL: from the network, a cache or a database, as the caller holds it. */
  fetchList: FetchStatusList;
  /** The time each list must be valid at, default now. */
  now?: Date;
};

/**
 * The status lookup `verify()` takes, over W3C status list credentials: the list each entry names is
 * fetched by the caller, believed only once its signature checks out against the trust list and its
 * issuer is the certificate's, and the entry's bit read. A list that cannot be read makes the check
 * fail with the reason. Make one per verification, so that each check reads the lists afresh.
 */
export const createStatusListLookup = ({ trust, fetchList, now }: StatusListLookupOptions): StatusLookup => {
  const read = createStatusEntryReader({
    fetchList,
    documentLoader: createDocumentLoader({ documents: w3cDocuments(trust) }),
    now,
  });
  return async ({ purpose, issuer, entry }) => {
    if (!entry) return undefined;
    const reading = await read(entry, purpose, issuer);
    if ("problem" in reading) throw new Error(reading.problem);
    return reading.set;
  };
};
