import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { findSigningKey } from "./key-tenant";
import { signingKeySelect, signingKeyView, type TSigningKeyView } from "./signing-key-view";

/** Options for {@link activateSigningKey}. */
export type ActivateSigningKeyOptions = { actor: TActor; id: string };

/**
 * Makes a pending key the one that signs for its kind. The key it replaces is retired, not
 * revoked: what it signed keeps verifying. One key of a kind signs at a time, so a rotation is
 * one step and never leaves two keys to choose between.
 */
export const activateSigningKey = ({ actor, id }: ActivateSigningKeyOptions): Promise<TSigningKeyView> =>
  prisma.$transaction(async (tx) => {
    const key = await findSigningKey(tx, actor, id);
    if (key.status !== "PENDING") {
      const why =
        key.status === "ACTIVE"
          ? "This key already signs"
          : `A ${key.status.toLowerCase()} key never signs again; generate a new one`;
      throw new AppError("UNPROCESSABLE", why);
    }
    if (key.parentId) {
      const parent = await tx.signingKey.findUniqueOrThrow({ where: { id: key.parentId }, select: { status: true } });
      if (parent.status === "REVOKED") {
        throw new AppError("UNPROCESSABLE", "The CSCA that certified this document signer is revoked");
      }
    }
    const now = new Date();
    const replaced = await tx.signingKey.updateManyAndReturn({
      where: { tenantId: key.tenantId, use: key.use, status: "ACTIVE" },
      data: { status: "RETIRED", retiredAt: now },
      select: { kid: true },
    });
    const activated = await tx.signingKey.update({
      where: { id },
      data: { status: "ACTIVE", activatedAt: now },
      select: signingKeySelect,
    });
    await recordAudit(tx, actor, {
      action: "signing-key.activated",
      entityType: "SigningKey",
      entityId: id,
      after: { kid: key.kid, kind: key.use, retired: replaced.map(({ kid }) => kid) },
    });
    return signingKeyView(activated);
  });
