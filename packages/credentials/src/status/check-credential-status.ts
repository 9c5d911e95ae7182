// The verify-side files, not the w3c index: the index also exports the signer, which uses node:crypto.
import type { DocumentLoader } from "../w3c/document-loader.ts";
import { verifyW3cCredential } from "../w3c/verify-w3c-credential.ts";
import { decodeStatusList, getStatus, type StatusList } from "./bitstring.ts";
import { withStatusList2021Context } from "./status-list-2021-context.ts";
import type { StatusPurpose } from "./status-list-credential.ts";

/** One status check of a credential, in the shape of a verification check. */
export type StatusCheck = { name: StatusPurpose; status: "passed" | "failed" | "skipped"; reason: string };

/** Returns the status list credential published at a URL; the caller decides how (network, cache, database). */
export type FetchStatusList = (url: string) => Promise<unknown>;

/** Options for {@link checkCredentialStatus}. */
export type CheckCredentialStatusOptions = {
  credential: unknown;
  fetchList: FetchStatusList;
  /** Resolves the contexts and the list issuer's keys; StatusList2021's context is added to it. */
  documentLoader: DocumentLoader;
  /** The time the list credential must be valid at, default now. */
  now?: Date;
  /** Lists already verified, kept by the caller between checks (see {@link VerifiedLists}). */
  verified?: VerifiedLists;
};

type Json = Record<string, unknown>;
type LoadedList = { credential: Json; list: StatusList } | { reason: string };

/**
 * Status lists whose signature was checked, by the very document object `fetchList` answered: a caller that hands
 * back the same object for an unchanged list (as a browser keeping parsed copies does) spares each later check the
 * signature and JSON-LD work. Keep one per trust list, as the signature was judged against its keys; the list's
 * validity, issuer and purpose are still judged at every read.
 */
export type VerifiedLists = WeakMap<object, Promise<LoadedList>>;

/** An empty {@link VerifiedLists}. */
export const createVerifiedLists = (): VerifiedLists => new WeakMap();

const PURPOSES: StatusPurpose[] = ["revocation", "suspension"];
const PAST: Record<StatusPurpose, string> = { revocation: "revoked", suspension: "suspended" };
// Each entry type is only answered by its own kind of list, so a list cannot be passed off as another.
const LIST_TYPES: Record<string, { credential: string; subject: string }> = {
  BitstringStatusListEntry: { credential: "BitstringStatusListCredential", subject: "BitstringStatusList" },
  StatusList2021Entry: { credential: "StatusList2021Credential", subject: "StatusList2021" },
};

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const idOf = (value: unknown): string | undefined =>
  typeof value === "string" ? value : isObject(value) && typeof value.id === "string" ? value.id : undefined;
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** What a status entry's list says: whether the entry's bit is set, or why the list cannot answer. */
export type StatusEntryReading = { set: boolean; reason: string } | { problem: string };

/** Reads one status entry of a credential issued by `issuer` against its signed list. */
export type ReadStatusEntry = (
  entry: Record<string, unknown>,
  purpose: StatusPurpose,
  issuer: string | undefined,
) => Promise<StatusEntryReading>;

/**
 * Makes a reader of status entries that fetches and verifies each list once, however many entries name it;
 * make one per verification, so that a list is never believed longer than that.
 */
export const createStatusEntryReader = (options: Omit<CheckCredentialStatusOptions, "credential">): ReadStatusEntry => {
  const loads = new Map<string, Promise<LoadedList>>();
  const load = (url: string): Promise<LoadedList> => {
    let loaded = loads.get(url);
    if (loaded === undefined) {
      loaded = loadList(url, options);
      loads.set(url, loaded);
    }
    return loaded;
  };
  return (entry, purpose, issuer) => readEntry(entry, purpose, issuer, load, options.now);
};

/** Checks a credential's revocation and suspension entries against their signed status lists; never throws. */
export const checkCredentialStatus = async (options: CheckCredentialStatusOptions): Promise<StatusCheck[]> => {
  const { credential } = options;
  if (!isObject(credential)) {
    return PURPOSES.map((name) => ({ name, status: "skipped", reason: "The credential could not be read." }));
  }
  const entries = [credential.credentialStatus]
    .flat()
    .filter((entry): entry is Json => isObject(entry) && typeof entry.type === "string" && entry.type in LIST_TYPES);
  const read = createStatusEntryReader(options);
  const issuer = idOf(credential.issuer);
  return Promise.all(
    PURPOSES.map(async (purpose): Promise<StatusCheck> => {
      const mine = entries.filter((entry) => entry.statusPurpose === purpose);
      if (mine.length === 0) {
        return { name: purpose, status: "skipped", reason: `The credential has no ${purpose} status entry.` };
      }
      const outcomes = await Promise.all(
        mine.map(async (entry) => asCheck(purpose, await read(entry, purpose, issuer))),
      );
      return outcomes.find((outcome) => outcome.status === "failed") ?? (outcomes[0] as StatusCheck);
    }),
  );
};

const asCheck = (name: StatusPurpose, reading: StatusEntryReading): StatusCheck => {
  if ("problem" in reading) return { name, status: "failed", reason: reading.problem };
  return { name, status: reading.set ? "failed" : "passed", reason: reading.reason };
};

const loadList = async (
  url: string,
  options: Omit<CheckCredentialStatusOptions, "credential">,
): Promise<LoadedList> => {
  let fetched: unknown;
  try {
    fetched = await options.fetchList(url);
  } catch (error) {
    return { reason: `The issuer's status list could not be fetched (${url}: ${messageOf(error)})` };
  }
  if (!isObject(fetched) || !options.verified) return verifyList(url, fetched, options);
  const known = options.verified.get(fetched);
  if (known) return known;
  const verifying = verifyList(url, fetched, options);
  options.verified.set(fetched, verifying);
  return verifying;
};

const verifyList = async (
  url: string,
  fetched: unknown,
  options: Omit<CheckCredentialStatusOptions, "credential">,
): Promise<LoadedList> => {
  const documentLoader = withStatusList2021Context(options.documentLoader);
  const verification = await verifyW3cCredential({ credential: fetched, documentLoader });
  if (!verification.verified || !isObject(fetched)) {
    const failed = verification.checks.find((check) => check.status === "failed");
    return { reason: `The status list ${url} is not validly signed: ${failed?.reason ?? "unknown problem"}` };
  }
  const subject = fetched.credentialSubject;
  if (!isObject(subject) || typeof subject.encodedList !== "string") {
    return { reason: `The status list ${url} carries no encodedList.` };
  }
  try {
    return { credential: fetched, list: decodeStatusList(subject.encodedList) };
  } catch (error) {
    return { reason: `The status list ${url} could not be read: ${messageOf(error)}` };
  }
};

const readEntry = async (
  entry: Json,
  purpose: StatusPurpose,
  issuer: string | undefined,
  load: (url: string) => Promise<LoadedList>,
  now: Date = new Date(),
): Promise<StatusEntryReading> => {
  if (typeof entry.type !== "string" || !(entry.type in LIST_TYPES)) {
    return { problem: `The ${purpose} status entry is of an unknown type ${String(entry.type)}.` };
  }
  const url = entry.statusListCredential;
  const rawIndex = entry.statusListIndex;
  if (typeof url !== "string") return { problem: `The ${purpose} status entry names no status list.` };
  const index =
    (typeof rawIndex === "string" || typeof rawIndex === "number") && /^(0|[1-9]\d*)$/.test(String(rawIndex))
      ? Number(rawIndex)
      : undefined;
  if (index === undefined) return { problem: `The ${purpose} status entry has no valid statusListIndex.` };
  if (entry.statusSize !== undefined && Number(entry.statusSize) !== 1) {
    return {
      problem: `The ${purpose} status entry uses ${String(entry.statusSize)}-bit statuses, which are not supported.`,
    };
  }
  const loaded = await load(url);
  if ("reason" in loaded) return { problem: loaded.reason };
  const problem = listProblem(loaded.credential, entry, purpose, issuer, now);
  if (problem !== undefined) return { problem: `The status list ${url} ${problem}` };
  if (index >= loaded.list.size) {
    return { problem: `Index ${index} is outside the ${purpose} list ${url}, which has ${loaded.list.size} entries.` };
  }
  if (getStatus(loaded.list, index)) {
    return {
      set: true,
      reason: `The credential has been ${PAST[purpose]} by the issuer (${purpose} list ${url}, index ${index}).`,
    };
  }
  return { set: false, reason: `Not ${PAST[purpose]}: index ${index} of ${url} is clear.` };
};

// Says what is wrong with a verified list credential for this entry, as the end of a sentence.
const listProblem = (
  list: Json,
  entry: Json,
  purpose: StatusPurpose,
  issuer: string | undefined,
  now: Date,
): string | undefined => {
  const expected = LIST_TYPES[entry.type as string] as { credential: string; subject: string };
  const subject = list.credentialSubject as Json;
  if (![list.type].flat().includes(expected.credential) || ![subject.type].flat().includes(expected.subject)) {
    return `is not a ${expected.credential}, which a ${String(entry.type)} needs.`;
  }
  const purposes = [subject.statusPurpose].flat();
  if (!purposes.includes(purpose)) {
    return `is a ${purposes.join(" and ") || "purposeless"} list, not a ${purpose} list, so it cannot say whether the credential is ${PAST[purpose]}.`;
  }
  const listIssuer = idOf(list.issuer);
  // Only the credential's issuer may revoke it; a list signed by anyone else proves nothing about it.
  if (issuer !== undefined && listIssuer !== issuer) {
    return `is issued by ${listIssuer}, not by the credential's issuer ${issuer}.`;
  }
  const from = list.validFrom ?? list.issuanceDate;
  const until = list.validUntil ?? list.expirationDate;
  if (typeof from === "string" && Date.parse(from) > now.getTime()) return `is not valid until ${from}.`;
  if (typeof until === "string" && Date.parse(until) <= now.getTime()) {
    return `expired on ${until}; a current copy is needed.`;
  }
  return undefined;
};
