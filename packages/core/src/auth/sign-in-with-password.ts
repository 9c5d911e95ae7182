import { env } from "@vax/config/env";
import { prisma, verifyPassword } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import { actorOfUser } from "./actor-of-user";
import { clearRateLimit, hitRateLimit, rateLimitBlock } from "./rate-limit";

/** Options for {@link signInWithPassword}. */
export type SignInWithPasswordOptions = { email: string; password: string; ip: string };

// The same hash is checked when the e-mail is unknown, so the answer takes as long either way.
const UNKNOWN_USER_HASH = "$2b$11$7QpJNtiw.SSQUAo75ODSwuxZzIjPKV3VdQ9MsoUVWeNpYDWjD9Sky";

const tooMany = (until: Date) =>
  new AppError("RATE_LIMITED", `Too many failed sign-ins. Try again after ${until.toISOString().slice(11, 16)} UTC.`);

/**
 * Checks an e-mail and password. Failed attempts are counted per e-mail and per address; past the
 * limit both are locked for a while, so guessing a password is slow whichever way it is spread.
 */
export const signInWithPassword = async ({ email, password, ip }: SignInWithPasswordOptions): Promise<TActor> => {
  const normalised = email.trim().toLowerCase();
  const keys = [`sign-in:email:${normalised}`, `sign-in:ip:${ip}`];
  for (const key of keys) {
    const until = await rateLimitBlock(key);
    if (until) throw tooMany(until);
  }
  const user = await prisma.user.findUnique({ where: { email: normalised }, omit: { passwordHash: false } });
  const matches = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
  if (!user || !matches || !user.active) {
    const rule = {
      max: env.VAX_SIGN_IN_MAX_FAILURES,
      windowMs: env.VAX_SIGN_IN_LOCK_MINUTES * 60_000,
      blockMs: env.VAX_SIGN_IN_LOCK_MINUTES * 60_000,
    };
    // Addresses are shared (a facility's NAT), so they get a wider allowance than one account.
    const [emailBlock] = await Promise.all([
      hitRateLimit(keys[0] as string, rule),
      hitRateLimit(keys[1] as string, { ...rule, max: rule.max * 10 }),
    ]);
    if (emailBlock) throw tooMany(emailBlock);
    throw new AppError("UNAUTHENTICATED", "Wrong e-mail or password");
  }
  await clearRateLimit(keys[0] as string);
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return actorOfUser(user);
};
