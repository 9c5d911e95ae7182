import {
  createStatusEntryReader,
  type FetchStatusList,
  type VerifiedLists,
} from "../status/check-credential-status.ts";
import { readStatusReason, statusReasonsUrl } from "../status/read-status-reason.ts";
import { createDocumentLoader } from "../w3c/document-loader.ts";
import { w3cDocuments } from "./trust.ts";
import type { StatusFinding, StatusLookup, TrustList } from "./types.ts";

/** Options of {@link createStatusListLookup}. */
export type StatusListLookupOptions = {
  /** The trust list whose keys must have signed each status list. */
  trust: TrustList;
  /** Returns the status list credential at a URL: from the network, a cache or a database, as the caller holds it. */
  fetchList: FetchStatusList;
  /** The time each list must be valid at, default now. */
  now?: Date;
  /** Lists verified by earlier checks against the same trust list, so that an unchanged one is not verified again. */
  verified?: VerifiedLists;
};

/**
 * The status lookup `verify()` takes, over W3C status list credentials: the list each entry names is
 * fetched by the caller, believed only once its signature checks out against the trust list and its
 * issuer is the certificate's, and the entry's bit read. A list that cannot be read makes the check
 * fail with the reason. A set bit is explained by the list's signed companion (`<list>/reasons`) when the
 * issuer publishes one: superseded rather than revoked, or suspended until when; without it the bit's plain
 * meaning stands. Make one per verification, so that each check reads the lists afresh.
 */
export const createStatusListLookup = ({ trust, fetchList, now, verified }: StatusListLookupOptions): StatusLookup => {
  const documentLoader = createDocumentLoader({ documents: w3cDocuments(trust) });
  const read = createStatusEntryReader({ fetchList, documentLoader, now, verified });
  return async ({ purpose, issuer, entry }): Promise<StatusFinding | undefined> => {
    if (!entry) return undefined;
    const reading = await read(entry, purpose, issuer);
    if ("problem" in reading) throw new Error(reading.problem);
    const listUrl = String(entry.statusListCredential);
    if (!reading.set || issuer === undefined) return { set: reading.set };
    const companion = await fetchList(statusReasonsUrl(listUrl)).catch(() => undefined);
    const reason = await readStatusReason({
      companion,
      listUrl,
      issuer,
      purpose,
      index: Number(entry.statusListIndex),
      documentLoader,
      now: now ?? new Date(),
    });
    return { set: true, ...reason };
  };
};
