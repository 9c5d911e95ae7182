import { AppError } from "../errors";

const inWords = (retryAt: Date, now: Date): string => {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  if (seconds < 120) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  if (seconds < 120 * 60) return `${Math.ceil(seconds / 60)} minutes`;
  return `${Math.ceil(seconds / 3600)} hours`;
};

/** A code asked for, or codes tried, too soon or too often; says when to try again (an HTTP answer's Retry-After). */
export class CodeRequestLimitError extends AppError {
  readonly retryAt: Date;

  constructor(message: string, retryAt: Date) {
    super("RATE_LIMITED", message);
    this.retryAt = retryAt;
  }
}

/** Refusal for a number that was just sent a code or has had its hourly share. */
export const numberLimitError = (retryAt: Date, now: Date, hourlyShareUsed: boolean) =>
  hourlyShareUsed
    ? new CodeRequestLimitError(
        `This number has been sent 5 codes in the last hour. You can ask for a new code in ${inWords(retryAt, now)}.`,
        retryAt,
      )
    : new CodeRequestLimitError(
        `A code was sent to this number a moment ago. You can ask for a new code in ${inWords(retryAt, now)}.`,
        retryAt,
      );

/** Refusal for a number that has had its daily share of codes. */
export const numberDayLimitError = (retryAt: Date, now: Date) =>
  new CodeRequestLimitError(
    `This number has been sent 10 codes in the last 24 hours. You can ask for a new code in ${inWords(retryAt, now)}.`,
    retryAt,
  );

/** Refusal for a client address that asked for codes for too many numbers. */
export const addressLimitError = (retryAt: Date, now: Date) =>
  new CodeRequestLimitError(
    `Too many codes were asked for from your network. You can ask for a new code in ${inWords(retryAt, now)}.`,
    retryAt,
  );

/** Refusal of a sign-in from a client address that has tried too many wrong codes, across numbers. */
export const addressSignInLimitError = (retryAt: Date, now: Date) =>
  new CodeRequestLimitError(
    `Too many wrong codes were tried from your network. You can try again in ${inWords(retryAt, now)}.`,
    retryAt,
  );

/** Sign-in refusals, each saying what to do next. */
export const signInErrors = {
  noCode: () => new AppError("UNAUTHENTICATED", "There is no code waiting for this number. Ask for a new code."),
  used: () => new AppError("UNAUTHENTICATED", "This code has already been used. Ask for a new code."),
  expired: () => new AppError("UNAUTHENTICATED", "This code has expired. Ask for a new code."),
  locked: () => new AppError("UNAUTHENTICATED", "This code no longer works after 5 wrong tries. Ask for a new code."),
  lockedNow: () =>
    new AppError(
      "UNAUTHENTICATED",
      "Wrong code. That was the 5th wrong try, so this code no longer works. Ask for a new code.",
    ),
  wrong: (triesLeft: number) =>
    new AppError("UNAUTHENTICATED", `Wrong code. You have ${triesLeft} ${triesLeft === 1 ? "try" : "tries"} left.`),
};
