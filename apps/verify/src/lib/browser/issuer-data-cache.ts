/** The Cache Storage cache holding the last copy of each trust list and status list the checker fetched. */
export const ISSUER_DATA_CACHE = "vax-verify-issuer-data";
const FETCHED_AT = "x-vax-fetched-at";

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

const fromNetwork = async (url: string, timeoutMs: number): Promise<{ text: string; data: unknown }> => {
  const response = await fetch(url, {
    cache: "no-store",
    headers: { accept: "application/json" },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (response.status === 404) throw new NotPublishedError(url);
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}.`);
  const text = await response.text();
  return { text, data: JSON.parse(text) as unknown };
};

/**
 * Fetches a JSON document network-first and keeps a copy with the time it was fetched; when the network fails
 * (offline, timeout, server error) the kept copy answers, marked as not fresh. Throws when neither is to be had.
 */
export const fetchKeptJson = async (url: string, { timeoutMs = 6_000 } = {}): Promise<KeptJson> => {
  const cache = await openCache();
  try {
    const { text, data } = await fromNetwork(url, timeoutMs);
    const fetchedAt = new Date();
    await cache?.put(
      url,
      new Response(text, { headers: { "content-type": "application/json", [FETCHED_AT]: fetchedAt.toISOString() } }),
    );
    return { url, data, fetchedAt, fresh: true };
  } catch (error) {
    if (error instanceof NotPublishedError) {
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
