import { env } from "@vax/config/env";
import { prisma, verifyPassword } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import { actorOfUser } from "./actor-of-user";
import { lockoutTime } from "./lockout-time";
import { startRateLimitedAttempt } from "./rate-limit";
import { recordSignIn } from "./record-sign-in";

/** Options for {@link signInWithPassword}. */
export type SignInWithPasswordOptions = { email: string; password: string; ip: string };

// The same hash is checked when the e-mail is unknown, so the answer takes as long either way.
const UNKNOWN_USER_HASH = "$2b$11$7QpJNtiw.SSQUAo75ODSwuxZzIjPKV3VdQ9MsoUVWeNpYDWjD9Sky";

const WRONG = "Wrong e-mail or password";

/**
 * Checks an e-mail and password. Attempts are limited per e-mail and per address, and each takes
 * its slot before the password is compared, so no more than five wrong passwords are ever tried
 * against an account in a window, however many arrive at once; past the limit both are locked for
 * a while. Every compared attempt is in the audit log (never the password). A user of a
 * deactivated tenant is refused, with a message saying so once the password is right.
 */
export const signInWithPassword = async ({ email, password, ip }: SignInWithPasswordOptions): Promise<TActor> => {
  const normalised = email.trim().toLowerCase();
  const rule = {
    max: env.VAX_SIGN_IN_MAX_FAILURES,
    windowMs: env.VAX_SIGN_IN_LOCK_MINUTES * 60_000,
    blockMs: env.VAX_SIGN_IN_LOCK_MINUTES * 60_000,
  };
  const attempt = await startRateLimitedAttempt([
    { key: `sign-in:email:${normalised}`, rule, forgetOnSuccess: true },
    // Addresses are shared (a facility's NAT), so they get a wider allowance than one account.
    { key: `sign-in:ip:${ip}`, rule: { ...rule, max: rule.max * 10 } },
  ]);
  if ("refusedUntil" in attempt) {
    throw new AppError(
      "RATE_LIMITED",
      `Too many failed sign-ins. Try again after ${await lockoutTime(attempt.refusedUntil)}.`,
    );
  }
  const user = await prisma.user.findUnique({
    where: { email: normalised },
    omit: { passwordHash: false },
    include: { tenant: { select: { name: true, active: true } } },
  });
  const matches = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !matches || !user.active) {
    const lockedUntil = await attempt.failed();
    const reason = !user ? "unknown-e-mail" : matches ? "user-deactivated" : "wrong-password";
    await recordSignIn({ user, email: normalised, ip, outcome: { failed: reason, locked: lockedUntil !== null } });
    if (lockedUntil) {
      throw new AppError(
        "RATE_LIMITED",
        `${WRONG}. After ${rule.max} failed sign-ins this account is locked: try again after ${await lockoutTime(lockedUntil)}.`,
      );
    }
    throw new AppError("UNAUTHENTICATED", WRONG);
  }
  await attempt.succeeded();
  if (user.tenant && !user.tenant.active) {
    await recordSignIn({ user, email: normalised, ip, outcome: { failed: "tenant-deactivated", locked: false } });
    throw new AppError(
      "FORBIDDEN",
      `${user.tenant.name} has been deactivated on the platform, so its accounts cannot sign in. Ask the platform administrator.`,
    );
  }
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordSignIn({ user, email: normalised, ip, outcome: "signed-in" });
  return actorOfUser(user);
};
