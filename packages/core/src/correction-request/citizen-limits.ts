import { type DatabaseTransaction, takeRateLimitSlot } from "@vax/db";
import { lockoutTime } from "../auth/lockout-time";
import { RateLimitedError } from "../errors";

/** How many correction requests a citizen may have open at once, across their family's certificates. */
export const MAX_OPEN_REQUESTS_PER_CITIZEN = 3;

/** How many correction requests, and how many pieces of feedback, a citizen may send in a day. */
export const MAX_CITIZEN_SUBMISSIONS_PER_DAY = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Counts one submission of a kind against a citizen's daily allowance, inside the caller's
 * transaction: the bucket row stays locked until it commits, so a citizen's submissions of that
 * kind are made one after another (what the caller counts next cannot change under it), and a
 * refusal later in the transaction gives the slot back.
 */
export const takeCitizenSubmissionSlot = async (
  tx: DatabaseTransaction,
  kind: "correction-request" | "feedback",
  mobile: string,
  now: Date,
): Promise<void> => {
  const slot = await takeRateLimitSlot(
    tx,
    `${kind}:mobile:${mobile}`,
    { max: MAX_CITIZEN_SUBMISSIONS_PER_DAY, windowMs: DAY_MS },
    now,
  );
  if (!slot.taken) {
    const what = kind === "feedback" ? "pieces of feedback" : "correction requests";
    throw new RateLimitedError(
      `You have sent ${MAX_CITIZEN_SUBMISSIONS_PER_DAY} ${what} in the last 24 hours. You can send more after ${await lockoutTime(slot.until)}.`,
      slot.until,
    );
  }
};
