import { requireKeyEncryptionKey } from "@vax/config/env";
import { createTenantSigningKeys, hashPassword, prisma } from "@vax/db";
import type { TTenantCreate } from "../schemas/tenant";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { newOneTimePassword } from "../shared/one-time-password";
import { requirePlatformAdmin } from "../shared/platform-admin";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { type TTenantView, tenantView } from "./tenant-view";

/** Options for {@link createTenant}. */
export type CreateTenantOptions = { actor: TActor; input: TTenantCreate };

/** The new tenant, and its first admin's one-time password, shown once and never stored in clear. */
export type TCreatedTenant = { tenant: TTenantView; admin: { email: string; oneTimePassword: string } };

/**
 * Creates a tenant ready to issue: its first signing keys (W3C, SMART Health Cards, an EU DCC CSCA
 * and Document Signer) and its first tenant admin, who signs in with a one-time password and must
 * choose their own. All of it, with the audit event, is written together or not at all.
 */
export const createTenant = async ({ actor, input }: CreateTenantOptions): Promise<TCreatedTenant> => {
  requirePlatformAdmin(actor);
  const keyEncryptionKey = requireKeyEncryptionKey();
  const oneTimePassword = newOneTimePassword();
  // Hashed before the transaction: bcrypt is slow and the embedded database serialises everything behind an open one.
  const passwordHash = await hashPassword(oneTimePassword);
  const tenant = await prisma
    .$transaction(
      async (tx) => {
        const { adminName, adminEmail, ...fields } = input;
        const created = await tx.tenant.create({ data: fields });
        const kids = await createTenantSigningKeys(tx, {
          tenantId: created.id,
          country: created.country,
          issuerName: created.name,
          keyEncryptionKey,
        });
        const admin = await tx.user.create({
          data: {
            tenantId: created.id,
            email: adminEmail,
            name: adminName,
            passwordHash,
            role: "TENANT_ADMIN",
            mustChangePassword: true,
          },
        });
        const view = tenantView(created);
        const entry = { entityType: "Tenant", entityId: created.id };
        await recordAudit(tx, actor, { ...entry, action: "tenant.created", after: { ...view, signingKeys: kids } });
        await recordAudit(tx, actor, {
          action: "user.created",
          entityType: "User",
          entityId: admin.id,
          after: { email: admin.email, name: admin.name, role: admin.role, tenantId: created.id },
        });
        return view;
      },
      { timeout: 30_000 },
    )
    .catch(
      conflictOnDuplicate({
        slug: "A tenant with this slug already exists",
        email: { path: "adminEmail", message: "An account with this e-mail already exists" },
      }),
    );
  return { tenant, admin: { email: input.adminEmail, oneTimePassword } };
};
