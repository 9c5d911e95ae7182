/** One kind of data the checker keeps, as the freshness sentences name it. */
export type KeptKind = "trust list" | "rules";

/** A kept document's own say on how long it may be relied on. */
export type Validity = { kind: KeptKind; validUntil?: Date };

/** What is past its `validUntil` at `now`, in the order given. */
export const staleKinds = (kept: readonly Validity[], now: Date): Validity[] =>
  kept.filter((item) => item.validUntil !== undefined && item.validUntil.getTime() < now.getTime());

/** How often the checker refreshes what it keeps while it is open and online. */
export const REFRESH_INTERVAL_MS = 10 * 60_000;

/** True when what was last refreshed at `refreshedAt` is due for a refresh at `now` (never refreshed is due). */
export const refreshDue = (refreshedAt: Date | undefined, now: Date): boolean =>
  refreshedAt === undefined || now.getTime() - refreshedAt.getTime() >= REFRESH_INTERVAL_MS;

/** The sentences the stale warning is made of, in the checker's language. */
export type StaleWording = {
  /** One stale item: "the trust list expired 5 Dec 2026". */
  expired: (kind: KeptKind, date: Date) => string;
  /** The items joined as a list in the checker's language. */
  list: (parts: string[]) => string;
  /** The whole warning around the list. */
  warning: (what: string) => string;
};

/**
 * The plain warning for kept data that is past its validity, naming what and since when, with what to do; undefined
 * when nothing is stale.
 */
export const staleWarning = (stale: readonly Validity[], wording: StaleWording): string | undefined => {
  if (stale.length === 0) return undefined;
  return wording.warning(wording.list(stale.map((item) => wording.expired(item.kind, item.validUntil as Date))));
};
