import { prisma, type User } from "@vax/db";
import { recordAudit } from "../shared/audit";
import { actorOfUser } from "./actor-of-user";

/** Why a password sign-in was refused, as the audit log records it. */
export type TSignInFailure = "unknown-e-mail" | "wrong-password" | "user-deactivated" | "tenant-deactivated";

/** Options for {@link recordSignIn}: who tried (the user when the e-mail is known), from where, and how it went. */
export type RecordSignInOptions = {
  user: User | null;
  email: string;
  ip: string;
  outcome: "signed-in" | { failed: TSignInFailure; locked: boolean };
};

// A person sometimes types the password into the e-mail field: only something shaped like an
// e-mail address is written to the log.
const typedEmail = (email: string) => (/^[^\s@]+@[^\s@]+$/.test(email) ? email : "(not an e-mail address)");

/**
 * Writes a password sign-in to the audit log, in the user's tenant when the e-mail is known: who,
 * from which address, and for a refusal why and whether it locked the account. Never the password.
 */
export const recordSignIn = ({ user, email, ip, outcome }: RecordSignInOptions) => {
  const actor = user
    ? actorOfUser(user)
    : {
        type: "USER" as const,
        id: null,
        label: `unknown e-mail ${typedEmail(email)}`,
        tenantId: null,
        role: null,
        facilityId: null,
      };
  return recordAudit(prisma, actor, {
    action: outcome === "signed-in" ? "user.signed-in" : "user.sign-in-failed",
    entityType: "User",
    entityId: user?.id ?? "unknown",
    after: outcome === "signed-in" ? { ip } : { ip, reason: outcome.failed, locked: outcome.locked },
  });
};
