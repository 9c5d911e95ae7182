import { blockRateLimitKey, clearRateLimitKey, prisma, releaseRateLimitSlot, takeRateLimitSlot } from "@vax/db";

/** How many attempts a key may make in a window, and how long it is blocked once they are used up. */
export type TRateLimitRule = { max: number; windowMs: number; blockMs: number };

/** A key an attempt is limited by; `forgetOnSuccess` clears its past failures when the attempt succeeds. */
export type TRateLimit = { key: string; rule: TRateLimitRule; forgetOnSuccess?: boolean };

/** An attempt holding a slot under each of its keys, to be settled once its outcome is known. */
export type TRateLimitedAttempt = {
  /** The attempt counted against its keys: a key whose allowance it used up is blocked; returns when the first such block ends. */
  failed: () => Promise<Date | null>;
  /** The attempt did not count: keys marked `forgetOnSuccess` are cleared, the others get their slot back. */
  succeeded: () => Promise<void>;
};

/** A refusal: a key has no slot left until the time given. */
export type TRateLimitRefusal = { refusedUntil: Date };

/**
 * Takes a slot under each key before the attempt is made, so a key never has more than its max
 * attempts made in a window, however many arrive at once (each slot is taken by one statement
 * under the row's lock). When a key has no slot left, the slots already taken are given back and
 * the attempt is refused with the time it may be tried again.
 */
export const startRateLimitedAttempt = async (
  limits: TRateLimit[],
  now = new Date(),
): Promise<TRateLimitedAttempt | TRateLimitRefusal> => {
  const counts: number[] = [];
  for (const [index, { key, rule }] of limits.entries()) {
    const slot = await takeRateLimitSlot(prisma, key, rule, now);
    if (!slot.taken) {
      for (const taken of limits.slice(0, index)) await releaseRateLimitSlot(prisma, taken.key);
      return { refusedUntil: slot.until };
    }
    counts.push(slot.count);
  }
  return {
    failed: async () => {
      let firstBlockEnds: Date | null = null;
      for (const [index, { key, rule }] of limits.entries()) {
        if ((counts[index] ?? 0) < rule.max) continue;
        const until = new Date(now.getTime() + rule.blockMs);
        await blockRateLimitKey(prisma, key, until);
        firstBlockEnds ??= until;
      }
      return firstBlockEnds;
    },
    succeeded: async () => {
      for (const { key, forgetOnSuccess } of limits) {
        await (forgetOnSuccess ? clearRateLimitKey(prisma, key) : releaseRateLimitSlot(prisma, key));
      }
    },
  };
};
