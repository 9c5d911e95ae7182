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

/**
 * The plain warning for kept data that is past its validity, naming what and since when, with what to do; undefined
 * when nothing is stale.
 */
export const staleWarning = (stale: readonly Validity[], format: (date: Date) => string): string | undefined => {
  if (stale.length === 0) return undefined;
  const parts = stale.map((item) => `the ${item.kind} expired ${format(item.validUntil as Date)}`);
  const what = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
  return `Out of date: ${what}. Results may be wrong until this device is online and refreshes them.`;
};
