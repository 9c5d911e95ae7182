import { prisma } from "@vax/db";
import { ZSignInWithOneTimeCodeInput } from "../schemas/citizen";
import { signInErrors } from "./one-time-code-errors";
import { MAX_TRIES_PER_CODE } from "./one-time-code-rules";
import { oneTimeCodeMatches } from "./one-time-code-secret";

/** Options for {@link signInWithOneTimeCode}: the number and the code as typed. */
export type SignInWithOneTimeCodeOptions = { mobile: string; code: string; now?: Date };

/** A signed-in citizen: the normalised number they proved they hold. */
export type TCitizen = { mobile: string };

/**
 * Checks the latest code sent to a number. Each try is counted before the code is compared, so
 * no burst of parallel guesses gets more than five; the fifth wrong try locks the code. A right
 * code is consumed by one conditional update, so two sign-ins racing with it cannot both pass.
 * Older codes stop working once a newer one is sent.
 */
export const signInWithOneTimeCode = async ({
  mobile: typed,
  code: typedCode,
  now = new Date(),
}: SignInWithOneTimeCodeOptions): Promise<TCitizen> => {
  const { mobile, code } = ZSignInWithOneTimeCodeInput.parse({ mobile: typed, code: typedCode });
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
  if (!oneTimeCodeMatches(tried.codeHash, mobile, code)) {
    const triesLeft = MAX_TRIES_PER_CODE - tried.attempts;
    throw triesLeft > 0 ? signInErrors.wrong(triesLeft) : signInErrors.lockedNow();
  }
  const consumed = await prisma.oneTimeCode.updateMany({
    where: { id: tried.id, consumedAt: null },
    data: { consumedAt: now },
  });
  if (consumed.count !== 1) throw signInErrors.used();
  return { mobile };
};
