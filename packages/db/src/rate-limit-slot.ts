import type { DatabaseTransaction } from "./client";
import { Prisma } from "./generated/prisma/client";

/** A key's allowance: at most `max` attempts in a fixed window of `windowMs`. */
export type TRateLimitWindow = { max: number; windowMs: number };

/** What taking a slot found: the attempt's number in the window, or that the key has none left and until when. */
export type TRateLimitSlot = { taken: true; count: number } | { taken: false; until: Date };

// timestamp(3) columns hold UTC without a zone, as Prisma writes them; ISO text cast to timestamp drops the Z.
const at = (date: Date) => date.toISOString();

/**
 * Takes `amount` (one attempt, or a batch's rows) from a key's allowance in a single INSERT … ON
 * CONFLICT DO UPDATE … WHERE, so Postgres counts it under the row's lock: however many callers
 * arrive at once, no more than `max` is handed out in a window, and nothing is taken from an
 * allowance it does not fit in. A key whose window has passed, or whose block has ended, starts
 * again; a blocked key, or one with too little left, is refused with the time it may try again.
 */
export const takeRateLimitSlot = async (
  db: DatabaseTransaction,
  key: string,
  { max, windowMs }: TRateLimitWindow,
  now: Date,
  amount = 1,
): Promise<TRateLimitSlot> => {
  const time = Prisma.sql`${at(now)}::timestamp(3)`;
  const windowOpenedBefore = Prisma.sql`${at(new Date(now.getTime() - windowMs))}::timestamp(3)`;
  const fresh = Prisma.sql`("RateLimitBucket"."windowStart" <= ${windowOpenedBefore} OR "RateLimitBucket"."blockedUntil" <= ${time})`;
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart", "blockedUntil")
    SELECT ${key}, ${amount}::int4, ${time}, NULL WHERE ${amount}::int4 <= ${max}::int4
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN ${fresh} THEN EXCLUDED."count" ELSE "RateLimitBucket"."count" + EXCLUDED."count" END,
      "windowStart" = CASE WHEN ${fresh} THEN ${time} ELSE "RateLimitBucket"."windowStart" END,
      "blockedUntil" = CASE WHEN ${fresh} THEN NULL ELSE "RateLimitBucket"."blockedUntil" END
    WHERE ("RateLimitBucket"."blockedUntil" IS NULL OR "RateLimitBucket"."blockedUntil" <= ${time})
      AND (${fresh} OR "RateLimitBucket"."count" + EXCLUDED."count" <= ${max}::int4)
    RETURNING "count"`;
  const [row] = rows;
  if (row) return { taken: true, count: Number(row.count) };
  const bucket = await db.rateLimitBucket.findUnique({ where: { key } });
  const windowEnds = new Date((bucket?.windowStart ?? now).getTime() + windowMs);
  const until = bucket?.blockedUntil && bucket.blockedUntil > now ? bucket.blockedUntil : windowEnds;
  return { taken: false, until };
};

/** Gives back a slot that was taken for an attempt that turned out not to count (a right password). */
export const releaseRateLimitSlot = (db: DatabaseTransaction, key: string) =>
  db.rateLimitBucket.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });

/** Blocks a key until a time: every slot is refused until then, and its count starts again afterwards. */
export const blockRateLimitKey = (db: DatabaseTransaction, key: string, until: Date) =>
  db.rateLimitBucket.updateMany({ where: { key }, data: { blockedUntil: until } });

/** Forgets a key's attempts. */
export const clearRateLimitKey = (db: DatabaseTransaction, key: string) =>
  db.rateLimitBucket.deleteMany({ where: { key } });
