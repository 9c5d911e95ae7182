import type { DatabaseTransaction } from "@vax/db";

/** How often a key may be sent a code: at most `max` in a window, and never twice within `intervalMs`. */
export type TCodeRequestRule = { max: number; windowMs: number; intervalMs: number };

/** Whether the request may go ahead, or from when on the key may ask again. */
export type TCodeRequestClaim = { allowed: true } | { allowed: false; retryAt: Date; windowFull: boolean };

const later = (a: Date, b: Date) => (a > b ? a : b);

/**
 * Counts one code request against a key in the RateLimitBucket table, shared by every app process.
 * The count is taken with conditional UPDATEs, which Postgres re-checks under the row lock, so two
 * requests at the same moment can never both slip under the limit; inside the caller's
 * transaction, a refusal or a failure later on leaves the count as it was.
 */
export const claimCodeRequest = async (
  tx: DatabaseTransaction,
  key: string,
  rule: TCodeRequestRule,
  now: Date,
): Promise<TCodeRequestClaim> => {
  await tx.rateLimitBucket.createMany({ data: [{ key, count: 0, windowStart: new Date(0) }], skipDuplicates: true });
  const windowOpenedBefore = new Date(now.getTime() - rule.windowMs);
  const notWaiting = { OR: [{ blockedUntil: null }, { blockedUntil: { lte: now } }] };
  const blockedUntil = new Date(now.getTime() + rule.intervalMs);
  const restarted = await tx.rateLimitBucket.updateMany({
    where: { key, windowStart: { lte: windowOpenedBefore }, ...notWaiting },
    data: { count: 1, windowStart: now, blockedUntil },
  });
  if (restarted.count === 1) return { allowed: true };
  const counted = await tx.rateLimitBucket.updateMany({
    where: { key, windowStart: { gt: windowOpenedBefore }, count: { lt: rule.max }, ...notWaiting },
    data: { count: { increment: 1 }, blockedUntil },
  });
  if (counted.count === 1) return { allowed: true };
  const bucket = await tx.rateLimitBucket.findUniqueOrThrow({ where: { key } });
  const windowFull = bucket.count >= rule.max && bucket.windowStart > windowOpenedBefore;
  const windowEnds = windowFull ? new Date(bucket.windowStart.getTime() + rule.windowMs) : now;
  return { allowed: false, retryAt: later(bucket.blockedUntil ?? now, windowEnds), windowFull };
};
