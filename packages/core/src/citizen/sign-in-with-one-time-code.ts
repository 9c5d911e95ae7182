import { prisma } from "@vax/db";
import { startRateLimitedAttempt } from "../auth/rate-limit";
import { ZSignInWithOneTimeCodeInput } from "../schemas/citizen";
import { recordAudit } from "../shared/audit";
import { citizenActor } from "./mobile-number";
import { addressSignInLimitError, signInErrors } from "./one-time-code-errors";
import { MAX_TRIES_PER_CODE, MAX_WRONG_CODES_PER_ADDRESS, WRONG_CODES_WINDOW_MS } from "./one-time-code-rules";
import { oneTimeCodeMatches } from "./one-time-code-secret";

/** Options for {@link signInWithOneTimeCode}: the number and the code as typed, and the client's address. */
export type SignInWithOneTimeCodeOptions = { mobile: string; code: string; ip?: string; now?: Date };

/** A signed-in citizen: the normalised number they proved they hold. */
export type TCitizen = { mobile: string };

const perAddress = {
  max: MAX_WRONG_CODES_PER_ADDRESS,
  windowMs: WRONG_CODES_WINDOW_MS,
  blockMs: WRONG_CODES_WINDOW_MS,
};

/**
 * Checks the latest code sent to a number. Each try is counted before the code is compared, so
 * no burst of parallel guesses gets more than five; the fifth wrong try locks the code. A client
 * address may try 30 wrong codes an hour across numbers, so guessing by asking for codes for many
 * numbers is slow too. A right code is consumed by one conditional update, so two sign-ins racing
 * with it cannot both pass. Older codes stop working once a newer one is sent. Each compared
 * code, right or wrong, is in the audit log with the number masked, never the code.
 */
export const signInWithOneTimeCode = async ({
  mobile: typed,
  code: typedCode,
  ip = "unknown",
  now = new Date(),
}: SignInWithOneTimeCodeOptions): Promise<TCitizen> => {
  const { mobile, code } = ZSignInWithOneTimeCodeInput.parse({ mobile: typed, code: typedCode });
  const attempt = await startRateLimitedAttempt([{ key: `one-time-code-try:ip:${ip}`, rule: perAddress }], now);
  if ("refusedUntil" in attempt) throw addressSignInLimitError(attempt.refusedUntil, now);
  let wrong = false;
  try {
    const latest = await prisma.oneTimeCode.findFirst({
      where: { mobile },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    if (!latest) throw signInErrors.noCode();
    const [tried] = await prisma.oneTimeCode.updateManyAndReturn({
      where: { id: latest.id, consumedAt: null, expiresAt: { gt: now }, attempts: { lt: MAX_TRIES_PER_CODE } },
      data: { attempts: { increment: 1 } },
      omit: { codeHash: false },
    });
    if (!tried) {
      // Read again: a sign-in racing with this one may have just used the code.
      const current = await prisma.oneTimeCode.findUniqueOrThrow({ where: { id: latest.id } });
      if (current.consumedAt) throw signInErrors.used();
      if (current.expiresAt <= now) throw signInErrors.expired();
      throw signInErrors.locked();
    }
    const audit = (action: string, after: Record<string, unknown>) =>
      recordAudit(prisma, citizenActor(mobile), { action, entityType: "OneTimeCode", entityId: tried.id, after });
    if (!oneTimeCodeMatches(tried.codeHash, mobile, code)) {
      wrong = true;
      const triesLeft = MAX_TRIES_PER_CODE - tried.attempts;
      await audit("citizen.sign-in-failed", { ip, reason: "wrong-code", triesLeft });
      throw triesLeft > 0 ? signInErrors.wrong(triesLeft) : signInErrors.lockedNow();
    }
    const consumed = await prisma.oneTimeCode.updateMany({
      where: { id: tried.id, consumedAt: null },
      data: { consumedAt: now },
    });
    if (consumed.count !== 1) throw signInErrors.used();
    await audit("citizen.signed-in", { ip });
    return { mobile };
  } finally {
    // Only a code that was compared and wrong counts against the address.
    await (wrong ? attempt.failed() : attempt.succeeded());
  }
};
