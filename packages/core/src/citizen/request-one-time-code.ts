import { prisma } from "@vax/db";
import { fillMessage, keepSecret, SECRET_PLACEHOLDER } from "../notification/outbox-secret";
import { smsDelivery, type TSmsDelivery } from "../notification/sms-delivery";
import { ZRequestOneTimeCodeInput } from "../schemas/citizen";
import { recordAudit } from "../shared/audit";
import { claimCodeRequest } from "./claim-code-request";
import { citizenActor, displayMobile } from "./mobile-number";
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

/**
 * Options for {@link requestOneTimeCode}: the number as typed, and the client's address; `delivery`
 * is the deployment's own unless a test gives another.
 */
export type RequestOneTimeCodeOptions = { mobile: string; ip?: string; now?: Date; delivery?: TSmsDelivery };

/** What the citizen is told once a code is on its way. */
export type TOneTimeCodeSent = {
  /** The normalised number, as people read it: +91 98765 43210. */
  sentTo: string;
  expiresAt: string;
  /** When a new code may be asked for. */
  resendAt: string;
};

const SMS_TEXT = `${SECRET_PLACEHOLDER} is your code to see your vaccination certificates. It expires in 5 minutes. Never share it: no one from the programme will ask for it.`;

/**
 * Sends a six-digit sign-in code to a mobile number: only its keyed hash is kept for checking, and
 * it expires in five minutes. The SMS goes into the notification outbox in the same transaction as
 * the code, its text with `{code}` where the code goes and the code itself beside it, sealed
 * outside demo mode; the notification worker sends it within a moment and drops the code once
 * sent. Only in demo mode is the message written to the log. A number is sent a code whether
 * or not anyone is registered on it, so the answer never tells. Rate limited per number (one a
 * minute, five an hour, ten a day) and per client address. The request is audited, never the code.
 */
export const requestOneTimeCode = async ({
  mobile: typed,
  ip = "unknown",
  now = new Date(),
  delivery = smsDelivery(),
}: RequestOneTimeCodeOptions): Promise<TOneTimeCodeSent> => {
  const { mobile } = ZRequestOneTimeCodeInput.parse({ mobile: typed });
  const code = newOneTimeCode();
  const expiresAt = new Date(now.getTime() + CODE_LIFETIME_MS);
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
    const stored = await tx.oneTimeCode.create({
      data: { mobile, codeHash: hashOneTimeCode(mobile, code), expiresAt, createdAt: now },
    });
    await recordAudit(tx, citizenActor(mobile), {
      action: "citizen.code-requested",
      entityType: "OneTimeCode",
      entityId: stored.id,
      after: { ip },
    });
    await tx.notification.create({
      data: { channel: "SMS", to: mobile, body: SMS_TEXT, secret: keepSecret(code, delivery), createdAt: now },
    });
  });
  if (delivery.demo) console.info(`[outbox] SMS to ${displayMobile(mobile)}: ${fillMessage(SMS_TEXT, code)}`);
  return {
    sentTo: displayMobile(mobile),
    expiresAt: expiresAt.toISOString(),
    resendAt: new Date(now.getTime() + RESEND_INTERVAL_MS).toISOString(),
  };
};
