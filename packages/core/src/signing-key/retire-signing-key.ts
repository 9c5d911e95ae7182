import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { findSigningKey } from "./key-tenant";
import { signingKeySelect, signingKeyView, type TSigningKeyView } from "./signing-key-view";

/** Options for {@link retireSigningKey}. */
export type RetireSigningKeyOptions = { actor: TActor; id: string };

/**
 * Retires a key: it signs nothing more, and everything it signed keeps verifying. Retiring the
 * active key leaves its kind without a signer until another key is activated.
 */
export const retireSigningKey = ({ actor, id }: RetireSigningKeyOptions): Promise<TSigningKeyView> =>
  prisma.$transaction(async (tx) => {
    const key = await findSigningKey(tx, actor, id);
    if (key.status !== "ACTIVE" && key.status !== "PENDING") {
      throw new AppError("UNPROCESSABLE", `This key is already ${key.status.toLowerCase()}`);
    }
    const retired = await tx.signingKey.update({
      where: { id },
      data: { status: "RETIRED", retiredAt: new Date() },
      select: signingKeySelect,
    });
    await recordAudit(tx, actor, {
      action: "signing-key.retired",
      entityType: "SigningKey",
      entityId: id,
      before: { status: key.status },
      after: { kid: key.kid, kind: key.use, status: "RETIRED" },
    });
    return signingKeyView(retired);
  });
