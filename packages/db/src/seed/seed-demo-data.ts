import { createApiToken } from "../api-token";
import type { Database } from "../client";
import { hashPassword } from "../password";
import { createTenantSigningKeys } from "../signing-key";
import { demoFacilities, demoProgrammes } from "./demo-catalogue";
import { demoCredentials } from "./demo-credentials";
import { demoRecipients } from "./demo-recipients";

/** The demo tenant's slug: the seed runs once, when no tenant has it. */
export const DEMO_TENANT_SLUG = "demo-ministry";
/** The demo tenant's time zone, in which its apps write times. */
export const DEMO_TENANT_TIME_ZONE = "Asia/Kolkata";

/** Options for {@link seedDemoData}. */
export type SeedDemoDataOptions = {
  /** The key encryption key (VAX_KEY_ENCRYPTION_KEY) the demo tenant's signing key is sealed with. */
  keyEncryptionKey: string;
};

/**
 * Seeds the demo ministry once: two programmes with real vaccine codes, three facilities, a tenant admin, a facility admin, two vaccinators, a
 * monitoring user, an API client, its first signing keys (W3C, SHC, EU DCC) and twenty recipients. All in one
 * transaction; returns false when the demo tenant already exists.
 */
export const seedDemoData = async (db: Database, { keyEncryptionKey }: SeedDemoDataOptions): Promise<boolean> => {
  if (await db.tenant.findUnique({ where: { slug: DEMO_TENANT_SLUG } })) return false;
  const c = demoCredentials;
  // Hash before the transaction: bcrypt is slow and PGlite serialises everything behind an open one.
  const [adminHash, facilityAdminHash, vaccinatorHash, monitoringHash] = await Promise.all([
    hashPassword(c.tenantAdmin.password),
    hashPassword(c.facilityAdmin.password),
    hashPassword(c.vaccinators[0].password),
    hashPassword(c.monitoring.password),
  ]);
  const apiToken = createApiToken(c.apiClient.prefix, c.apiClient.secret);

  await db.$transaction(
    async (tx) => {
      const tenant = await tx.tenant.create({
        data: {
          slug: DEMO_TENANT_SLUG,
          name: "Demo Ministry of Health",
          country: "IN",
          timeZone: DEMO_TENANT_TIME_ZONE,
        },
      });
      const tenantId = tenant.id;
      await createTenantSigningKeys(tx, {
        tenantId,
        country: tenant.country,
        issuerName: tenant.name,
        keyEncryptionKey,
      });
      const programmes = [];
      for (const { vaccines, ...programme } of demoProgrammes) {
        programmes.push(
          await tx.programme.create({
            data: {
              ...programme,
              tenantId,
              startDate: new Date("2026-01-01T00:00:00Z"),
              vaccines: { create: vaccines.map((vaccine) => ({ ...vaccine, tenantId })) },
            },
          }),
        );
      }
      const facilities = [];
      for (const facility of demoFacilities) {
        facilities.push(
          await tx.facility.create({
            data: {
              ...facility,
              tenantId,
              country: "IN",
              programmes: { connect: programmes.map(({ id }) => ({ id })) },
            },
          }),
        );
      }
      const [firstFacility, secondFacility] = facilities;
      if (!firstFacility || !secondFacility) throw new Error("The demo catalogue needs two facilities");
      const admin = await tx.user.create({
        data: {
          tenantId,
          email: c.tenantAdmin.email,
          name: c.tenantAdmin.name,
          passwordHash: adminHash,
          role: "TENANT_ADMIN",
        },
      });
      await tx.user.create({
        data: {
          tenantId,
          email: c.facilityAdmin.email,
          name: c.facilityAdmin.name,
          passwordHash: facilityAdminHash,
          role: "FACILITY_ADMIN",
          facilityId: firstFacility.id,
        },
      });
      await tx.user.create({
        data: {
          tenantId,
          email: c.monitoring.email,
          name: c.monitoring.name,
          passwordHash: monitoringHash,
          role: "MONITORING",
        },
      });
      for (const [index, vaccinator] of c.vaccinators.entries()) {
        const facilityId = (index === 0 ? firstFacility : secondFacility).id;
        const user = await tx.user.create({
          data: {
            tenantId,
            email: vaccinator.email,
            name: vaccinator.name,
            passwordHash: vaccinatorHash,
            role: "VACCINATOR",
            facilityId,
          },
        });
        await tx.vaccinator.create({
          data: {
            tenantId,
            facilityId,
            userId: user.id,
            name: vaccinator.name,
            licenceNumber: vaccinator.licenceNumber,
          },
        });
      }
      await tx.apiClient.create({
        data: {
          tenantId,
          name: c.apiClient.name,
          tokenPrefix: apiToken.tokenPrefix,
          secretHash: apiToken.secretHash,
          scopes: [
            "certificate:issue",
            "certificate:read",
            "certificate:update",
            "certificate:revoke",
            "credential:issue",
            "recipient:write",
            "bulk:write",
          ],
          createdById: admin.id,
        },
      });
      await tx.recipient.createMany({ data: demoRecipients.map((recipient) => ({ ...recipient, tenantId })) });
      await tx.auditEvent.create({
        data: {
          tenantId,
          actorType: "SYSTEM",
          actorLabel: "demo seed",
          action: "tenant.seeded",
          entityType: "Tenant",
          entityId: tenantId,
        },
      });
    },
    { timeout: 60_000 },
  );
  return true;
};
