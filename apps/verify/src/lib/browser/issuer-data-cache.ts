import { readCapped } from "./read-capped";

/** The Cache Storage cache holding the last copy of each trust list, status list and revocation list fetched. */
export const ISSUER_DATA_CACHE = "vax-verify-issuer-data";
const FETCHED_AT = "x-vax-fetched-at";
/**
 * The most this checker reads of any one document: some 80,000 withdrawn EU DCCs of one signer (three hashes
 * each) or 400,000 SMART Health Card rids, and far more than a trust list or status list takes.
 */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

/** A JSON document with the time it was fetched; `fresh` is false when the network failed and a kept copy answered. */
export type KeptJson = { url: string; data: unknown; fetchedAt: Date; fresh: boolean };

/** Thrown when the server says the document does not exist: a kept copy must not stand in for it. */
export class NotPublishedError extends Error {
  constructor(url: string) {
    super(`${url} is not published (404).`);
    this.name = "NotPublishedError";
  }
}

// Cache Storage exists only in secure contexts; elsewhere every fetch goes to the network and nothing is kept.
const openCache = async (): Promise<Cache | undefined> =>
  typeof caches === "undefined" ? undefined : caches.open(ISSUER_DATA_CACHE);

// The last text fetched of each document and its parsed form: an unchanged document is answered with the same object,
// which spares a check parsing it, storing it and verifying its signature again (see VerifiedLists).
const lastFetched = new Map<string, { text: string; data: unknown; fetchedAt: Date }>();

const fromNetwork = async (url: string, timeoutMs: number): Promise<string> => {
  const response = await fetch(url, {
    cache: "no-store",
    headers: { accept: "application/json" },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (response.status === 404) throw new NotPublishedError(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}.`);
  return readCapped(response, MAX_DOCUMENT_BYTES);
};

/**
 * Fetches a JSON document network-first and keeps a copy with the time it was fetched; when the network fails
 * (offline, timeout, server error, a document over {@link MAX_DOCUMENT_BYTES}) the kept copy answers, marked as not
 * fresh. Throws when neither is to be had. A check passes `keepOnlyChanged`: a document unchanged since this page
 * last fetched it is answered as the same object and not stored again (the background refreshes store every time);
 * and `reuseWithinMs`: a document this page fetched that recently is answered without the network at all.
 */
export const fetchKeptJson = async (
  url: string,
  { timeoutMs = 6_000, keepOnlyChanged = false, reuseWithinMs = 0 } = {},
): Promise<KeptJson> => {
  const recent = lastFetched.get(url);
  if (recent && Date.now() - recent.fetchedAt.getTime() < reuseWithinMs) {
    return { url, data: recent.data, fetchedAt: recent.fetchedAt, fresh: true };
  }
  const cache = await openCache();
  try {
    const text = await fromNetwork(url, timeoutMs);
    const fetchedAt = new Date();
    const last = lastFetched.get(url);
    if (last?.text === text && keepOnlyChanged) {
      lastFetched.set(url, { ...last, fetchedAt });
      return { url, data: last.data, fetchedAt, fresh: true };
    }
    const data = last?.text === text ? last.data : (JSON.parse(text) as unknown);
    lastFetched.set(url, { text, data, fetchedAt });
    await cache?.put(
      url,
      new Response(text, { headers: { "content-type": "application/json", [FETCHED_AT]: fetchedAt.toISOString() } }),
    );
    return { url, data, fetchedAt, fresh: true };
  } catch (error) {
    if (error instanceof NotPublishedError) {
      lastFetched.delete(url);
      await cache?.delete(url);
      throw error;
    }
    const kept = await cache?.match(url);
    if (!kept) throw error;
    return { url, data: await kept.json(), fetchedAt: new Date(kept.headers.get(FETCHED_AT) ?? 0), fresh: false };
  }
};

/** The URLs of every document kept, so that each can be refreshed. */
export const keptUrls = async (): Promise<string[]> => {
  const cache = await openCache();
  return cache ? (await cache.keys()).map((request) => request.url) : [];
};
