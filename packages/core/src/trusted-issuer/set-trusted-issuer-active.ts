import { prisma } from "@vax/db";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { findTrustedIssuer } from "./get-trusted-issuer";
import { type TTrustedIssuerView, trustedIssuerView } from "./trusted-issuer-view";

/** Options for {@link setTrustedIssuerActive}. */
export type SetTrustedIssuerActiveOptions = { actor: TActor; id: string; active: boolean };

/** Disables a trust entry (its certificates stop verifying, the entry is kept to enable again) or enables it. */
export const setTrustedIssuerActive = ({
  actor,
  id,
  active,
}: SetTrustedIssuerActiveOptions): Promise<TTrustedIssuerView> =>
  prisma.$transaction(async (tx) => {
    const before = await findTrustedIssuer(tx, actor, id);
    const issuer = await tx.trustedIssuer.update({ where: { id }, data: { active, changedBy: actor.label } });
    await recordAudit(tx, actor, {
      tenantId: before.tenantId,
      action: active ? "trusted-issuer.enabled" : "trusted-issuer.disabled",
      entityType: "TrustedIssuer",
      entityId: id,
    });
    return trustedIssuerView(issuer);
  });
