import { prisma } from "@vax/db";
import type { TTrustedIssuer } from "../schemas/trusted-issuer";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { findTrustedIssuer } from "./get-trusted-issuer";
import { trustedIssuerColumns } from "./trusted-issuer-columns";
import { type TTrustedIssuerView, trustedIssuerView } from "./trusted-issuer-view";

/** Options for {@link updateTrustedIssuer}. */
export type UpdateTrustedIssuerOptions = { actor: TActor; id: string; input: TTrustedIssuer };

/**
 * Replaces a trust entry's name, country, identifiers, keys, CSCAs and contexts; an imported entry edited by
 * hand keeps its source, so a later import of the same document still recognises it. NOT_FOUND outside the
 * entries the actor manages.
 */
export const updateTrustedIssuer = async ({
  actor,
  id,
  input,
}: UpdateTrustedIssuerOptions): Promise<TTrustedIssuerView> => {
  const columns = await trustedIssuerColumns(input);
  return prisma.$transaction(async (tx) => {
    const before = await findTrustedIssuer(tx, actor, id);
    const issuer = await tx.trustedIssuer.update({ where: { id }, data: { ...columns, changedBy: actor.label } });
    const view = trustedIssuerView(issuer);
    await recordAudit(tx, actor, {
      tenantId: before.tenantId,
      action: "trusted-issuer.updated",
      entityType: "TrustedIssuer",
      entityId: id,
      before: trustedIssuerView(before),
      after: view,
    });
    return view;
  });
};
