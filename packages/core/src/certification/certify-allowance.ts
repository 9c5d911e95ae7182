import { env } from "@vax/config/env";
import { prisma, takeRateLimitSlot } from "@vax/db";
import { AppError, RateLimitedError } from "../errors";

const MINUTE_MS = 60_000;

/** Options for {@link takeCertifyAllowance}. */
export type TakeCertifyAllowanceOptions = { apiClientId: string; rows: number; now?: Date };

/**
 * Takes a batch's rows from its API client's certify allowance for the minute
 * (`VAX_CERTIFY_MAX_PER_MINUTE`), counted in the database so every app process shares it. A batch
 * that does not fit is refused with RATE_LIMITED and the time the window ends, before any work;
 * one larger than the whole allowance could never fit, so it is refused as it is.
 */
export const takeCertifyAllowance = async ({ apiClientId, rows, now = new Date() }: TakeCertifyAllowanceOptions) => {
  const max = env.VAX_CERTIFY_MAX_PER_MINUTE;
  if (rows > max) {
    throw new AppError(
      "UNPROCESSABLE",
      `An API client may ask for at most ${max} certificates a minute: send at most ${max} rows in one call`,
    );
  }
  const answer = await takeRateLimitSlot(prisma, `certify:${apiClientId}`, { max, windowMs: MINUTE_MS }, now, rows);
  if (!answer.taken) {
    const retryAt = new Date(Math.max(answer.until.getTime(), now.getTime() + 1_000));
    const seconds = Math.ceil((retryAt.getTime() - now.getTime()) / 1000);
    throw new RateLimitedError(
      `This API client has asked for as many certificates as it may in a minute (${max}); send the batch again in ${seconds} s`,
      retryAt,
    );
  }
};
