import { prisma } from "@vax/db";
import type { TActor } from "../shared/actor";
import { keyTenant } from "./key-tenant";
import { signingKeySelect, signingKeyView, type TSigningKeyView } from "./signing-key-view";

/** Options for {@link listSigningKeys}. */
export type ListSigningKeysOptions = { actor: TActor; tenantId?: string };

const KIND_ORDER = ["VC", "SHC", "CSCA", "EU_DCC"];
const STATUS_ORDER = ["ACTIVE", "PENDING", "RETIRED", "REVOKED"];

/** A tenant's keys of every kind, the signing ones first, newest first within a status. */
export const listSigningKeys = async ({ actor, tenantId }: ListSigningKeysOptions): Promise<TSigningKeyView[]> => {
  const tenant = await keyTenant(prisma, actor, tenantId, { write: false });
  const keys = await prisma.signingKey.findMany({
    where: { tenantId: tenant.id },
    select: signingKeySelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return keys
    .map(signingKeyView)
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status),
    );
};
