import { randomBytes } from "node:crypto";
import { env } from "@vax/config/env";
import type { Database } from "../client";
import { hashPassword } from "../password";
import { newSealedSigningKey } from "../signing-key";

/** The password every test tenant admin gets, so tests can sign in as them. */
export const TEST_ADMIN_PASSWORD = "Test-admin#2026";

/**
 * Creates a tenant with a unique slug, its tenant admin and (when the run has a key encryption
 * key) an Ed25519 signing key, so each test works in its own tenant on a shared database and
 * never sees another test's rows.
 */
export const createTestTenant = async (db: Database, { country = "IN" }: { country?: string } = {}) => {
  const suffix = randomBytes(5).toString("hex");
  const passwordHash = await hashPassword(TEST_ADMIN_PASSWORD);
  const tenant = await db.tenant.create({
    data: {
      slug: `test-${suffix}`,
      name: `Test tenant ${suffix}`,
      country,
      users: {
        create: { email: `admin-${suffix}@test.example`, name: `Admin ${suffix}`, passwordHash, role: "TENANT_ADMIN" },
      },
    },
    include: { users: true },
  });
  if (env.VAX_KEY_ENCRYPTION_KEY) {
    await db.signingKey.create({
      data: await newSealedSigningKey({
        tenantId: tenant.id,
        kind: "VC",
        country,
        issuerName: tenant.name,
        keyEncryptionKey: env.VAX_KEY_ENCRYPTION_KEY,
        status: "ACTIVE",
      }),
    });
  }
  const { users, ...tenantFields } = tenant;
  const [admin] = users;
  if (!admin) throw new Error("The test tenant's admin was not created");
  return { tenant: tenantFields, admin, password: TEST_ADMIN_PASSWORD };
};

/** What {@link createTestTenant} returns. */
export type TestTenant = Awaited<ReturnType<typeof createTestTenant>>;
