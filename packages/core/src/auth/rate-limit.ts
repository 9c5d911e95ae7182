import { prisma } from "@vax/db";

/** How many attempts a key may make in a window, and how long it is blocked after that. */
export type TRateLimitRule = { max: number; windowMs: number; blockMs: number };

/** Whether the key is blocked now, and until when. */
export const rateLimitBlock = async (key: string, now = new Date()): Promise<Date | null> => {
  const bucket = await prisma.rateLimitBucket.findUnique({ where: { key } });
  return bucket?.blockedUntil && bucket.blockedUntil > now ? bucket.blockedUntil : null;
};

/**
 * Counts one attempt against the key in a fixed window; once it passes the rule's max the key is
 * blocked. Kept in the database so every app process and every restart sees the same count.
 * Returns when the key is blocked until, or null.
 */
export const hitRateLimit = async (key: string, rule: TRateLimitRule, now = new Date()): Promise<Date | null> => {
  const windowStartAfter = new Date(now.getTime() - rule.windowMs);
  return prisma.$transaction(async (tx) => {
    const bucket = await tx.rateLimitBucket.findUnique({ where: { key } });
    const count = bucket && bucket.windowStart > windowStartAfter ? bucket.count + 1 : 1;
    const windowStart = bucket && bucket.windowStart > windowStartAfter ? bucket.windowStart : now;
    const blockedUntil = count >= rule.max ? new Date(now.getTime() + rule.blockMs) : null;
    await tx.rateLimitBucket.upsert({
      where: { key },
      create: { key, count, windowStart, blockedUntil },
      update: { count, windowStart, blockedUntil },
    });
    return blockedUntil;
  });
};

/** Forgets a key's attempts (after a successful sign-in). */
export const clearRateLimit = (key: string) => prisma.rateLimitBucket.deleteMany({ where: { key } });
