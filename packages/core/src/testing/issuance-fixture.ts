import { randomUUID } from "node:crypto";
import { prisma } from "@vax/db";
import { createTestCatalogue, createTestTenant, type TestCatalogue } from "@vax/db/testing";
import { actorOfUser } from "../auth";
import { recordDose } from "../certification";
import type { TActor } from "../shared/actor";

/** A tenant of its own with the test catalogue, its admin and its vaccinator. */
export type TTenantSetUp = { catalogue: TestCatalogue; admin: TActor; vaccinator: TActor; tenantId: string };

/** A calendar day `days` before today, as YYYY-MM-DD (negative: after). */
export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** Makes a tenant with the test catalogue, so a test file works apart from every other. */
export const tenantWithCatalogue = async (): Promise<TTenantSetUp> => {
  const { tenant, admin } = await createTestTenant(prisma);
  const catalogue = await createTestCatalogue(prisma, tenant.id);
  return { catalogue, admin: actorOfUser(admin), vaccinator: actorOfUser(catalogue.user), tenantId: tenant.id };
};

/** Records a dose at the catalogue's facility (COVISHIELD of the COVID-19 programme unless told) and issues it. */
export const vaccinate = (
  { catalogue, vaccinator }: TTenantSetUp,
  recipientId: string,
  fields: { dose: number; date: string; programmeId?: string; vaccineId?: string; batch?: string },
) =>
  recordDose({
    actor: vaccinator,
    input: {
      idempotencyKey: randomUUID(),
      recipientId,
      programmeId: fields.programmeId ?? catalogue.covid.id,
      vaccineId: fields.vaccineId ?? catalogue.covishield.id,
      batch: fields.batch ?? `B${fields.dose}-4121Z`,
      date: fields.date,
      dose: fields.dose,
    },
  });
