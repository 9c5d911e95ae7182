import { prisma } from "@vax/db";
import type { TTrustedIssuer } from "../schemas/trusted-issuer";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { trustOwnerOf } from "./trust-scope";
import { trustedIssuerColumns } from "./trusted-issuer-columns";
import { type TTrustedIssuerView, trustedIssuerView } from "./trusted-issuer-view";

/** Options for {@link createTrustedIssuer}. */
export type CreateTrustedIssuerOptions = { actor: TActor; input: TTrustedIssuer };

/**
 * Trusts an issuer an admin entered by hand: platform-wide for a platform admin, for the tenant of a tenant
 * admin; every key is read first, so a bad one stores nothing. Recorded in the audit log.
 */
export const createTrustedIssuer = async ({
  actor,
  input,
}: CreateTrustedIssuerOptions): Promise<TTrustedIssuerView> => {
  const tenantId = trustOwnerOf(actor);
  const columns = await trustedIssuerColumns(input);
  return prisma.$transaction(async (tx) => {
    const issuer = await tx.trustedIssuer.create({
      data: { ...columns, tenantId, source: "MANUAL", changedBy: actor.label },
    });
    const view = trustedIssuerView(issuer);
    await recordAudit(tx, actor, {
      tenantId,
      action: "trusted-issuer.created",
      entityType: "TrustedIssuer",
      entityId: issuer.id,
      after: view,
    });
    return view;
  });
};
