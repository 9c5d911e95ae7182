import { prisma } from "@vax/db";
import { ZRequestOneTimeCodeInput } from "../schemas/citizen";
import { claimCodeRequest } from "./claim-code-request";
import { displayMobile } from "./mobile-number";
import { addressLimitError, numberDayLimitError, numberLimitError } from "./one-time-code-errors";
import {
  CODE_LIFETIME_MS,
  CODES_DAY_MS,
  CODES_WINDOW_MS,
  MAX_CODES_PER_ADDRESS,
  MAX_CODES_PER_DAY,
  MAX_CODES_PER_WINDOW,
  RESEND_INTERVAL_MS,
} from "./one-time-code-rules";
import { hashOneTimeCode, newOneTimeCode } from "./one-time-code-secret";

/** Options for {@link requestOneTimeCode}: the number as typed, and the client's address. */
export type RequestOneTimeCodeOptions = { mobile: string; ip?: string; now?: Date };

/** What the citizen is told once a code is on its way. */
export type TOneTimeCodeSent = {
  /** The normalised number, as people read it: +91 98765 43210. */
  sentTo: string;
  expiresAt: string;
  /** When a new code may be asked for. */
  resendAt: string;
};

const smsBody = (code: string) =>
  `${code} is your code to see your vaccination certificates. It expires in 5 minutes. Never share it: no one from the programme will ask for it.`;

/**
 * Sends a six-digit sign-in code to a mobile number: only its hash is stored, it expires in five
 * minutes, and the SMS goes into the notification outbox in the same transaction (and to the
 * server log, which is how a demo reads it). A number is sent a code whether or not anyone is
 * registered on it, so the answer never tells. Rate limited per number (one a minute, five an
 * hour, ten a day) and per client address.
 */
export const requestOneTimeCode = async ({
  mobile: typed,
  ip = "unknown",
  now = new Date(),
}: RequestOneTimeCodeOptions): Promise<TOneTimeCodeSent> => {
  const { mobile } = ZRequestOneTimeCodeInput.parse({ mobile: typed });
  const code = newOneTimeCode();
  const expiresAt = new Date(now.getTime() + CODE_LIFETIME_MS);
  const body = smsBody(code);
  const perNumber = { max: MAX_CODES_PER_WINDOW, windowMs: CODES_WINDOW_MS, intervalMs: RESEND_INTERVAL_MS };
  const perNumberDay = { max: MAX_CODES_PER_DAY, windowMs: CODES_DAY_MS, intervalMs: 0 };
  const perAddress = { max: MAX_CODES_PER_ADDRESS, windowMs: CODES_WINDOW_MS, intervalMs: 0 };
  await prisma.$transaction(async (tx) => {
    const byNumber = await claimCodeRequest(tx, `one-time-code:mobile:${mobile}`, perNumber, now);
    if (!byNumber.allowed) throw numberLimitError(byNumber.retryAt, now, byNumber.windowFull);
    const byNumberDay = await claimCodeRequest(tx, `one-time-code:mobile-day:${mobile}`, perNumberDay, now);
    if (!byNumberDay.allowed) throw numberDayLimitError(byNumberDay.retryAt, now);
    const byAddress = await claimCodeRequest(tx, `one-time-code:ip:${ip}`, perAddress, now);
    if (!byAddress.allowed) throw addressLimitError(byAddress.retryAt, now);
    await tx.oneTimeCode.create({
      data: { mobile, codeHash: hashOneTimeCode(mobile, code), expiresAt, createdAt: now },
    });
    await tx.notification.create({ data: { channel: "SMS", to: mobile, body, createdAt: now } });
  });
  console.info(`[outbox] SMS to ${displayMobile(mobile)}: ${body}`);
  return {
    sentTo: displayMobile(mobile),
    expiresAt: expiresAt.toISOString(),
    resendAt: new Date(now.getTime() + RESEND_INTERVAL_MS).toISOString(),
  };
};
