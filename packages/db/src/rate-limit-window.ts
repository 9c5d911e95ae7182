import type { Database } from "./client";
import { Prisma } from "./generated/prisma/client";

/** Options for {@link takeFromRateWindow}. */
export type TakeFromRateWindowOptions = {
  /** The bucket, e.g. `certify:<api client id>`. */
  key: string;
  /** How much this call uses (a batch's rows). */
  amount: number;
  /** How much a window allows. */
  max: number;
  windowMs: number;
  now?: Date;
};

/** Whether the amount was taken, or when the window it did not fit in ends. */
export type TRateWindowAnswer = { taken: true } | { taken: false; retryAt: Date };

/**
 * Takes an amount from a key's fixed-window allowance in one statement, so concurrent callers
 * (any number of app processes) never take more than the window allows between them: the row is
 * created, restarted once its window has passed, or added to only while the sum stays within
 * `max`. Nothing is taken when the amount does not fit.
 */
export const takeFromRateWindow = async (
  db: Database,
  { key, amount, max, windowMs, now = new Date() }: TakeFromRateWindowOptions,
): Promise<TRateWindowAnswer> => {
  const start = now.toISOString();
  const expired = new Date(now.getTime() - windowMs).toISOString();
  const taken = await db.$queryRaw<Array<{ count: number }>>(Prisma.sql`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart")
    SELECT ${key}, ${amount}::int4, ${start}::timestamp(3)
    WHERE ${amount}::int4 <= ${max}::int4
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${expired}::timestamp(3)
        THEN EXCLUDED."count" ELSE "RateLimitBucket"."count" + EXCLUDED."count" END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${expired}::timestamp(3)
        THEN EXCLUDED."windowStart" ELSE "RateLimitBucket"."windowStart" END
    WHERE "RateLimitBucket"."windowStart" <= ${expired}::timestamp(3)
      OR "RateLimitBucket"."count" + EXCLUDED."count" <= ${max}::int4
    RETURNING "count"`);
  if (taken.length) return { taken: true };
  const bucket = await db.rateLimitBucket.findUnique({ where: { key }, select: { windowStart: true } });
  const windowEnd = bucket ? bucket.windowStart.getTime() + windowMs : now.getTime() + windowMs;
  return { taken: false, retryAt: new Date(Math.max(windowEnd, now.getTime() + 1_000)) };
};
