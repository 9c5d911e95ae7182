import { randomBytes } from "node:crypto";
import { prisma } from "@vax/db";
import { createTestCatalogue, createTestTenant } from "@vax/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { getApiClient, setApiClientActive } from "../api-client/index";
import { getFacility, setFacilityActive } from "../facility/index";
import { getProgramme, setProgrammeActive } from "../programme/index";
import { platformAdminActor } from "../testing/platform-admin-actor";
import { rejection } from "../testing/rejection";
import { getUser, setUserActive } from "../user/index";
import { getVaccine, setVaccineActive } from "../vaccine/index";

afterAll(async () => {
  await prisma.$disconnect();
});

describe("a platform admin and a tenant's set-up", () => {
  it("reads a tenant's records but changes none of them, whatever the route lets through", async () => {
    const platformAdmin = await platformAdminActor();
    const { tenant } = await createTestTenant(prisma);
    const catalogue = await createTestCatalogue(prisma, tenant.id);
    const client = await prisma.apiClient.create({
      data: {
        tenantId: tenant.id,
        name: "Hospital system",
        tokenPrefix: `vax_${randomBytes(6).toString("hex")}`,
        secretHash: "not a real hash",
        scopes: ["certificate:issue"],
      },
    });
    const records = [
      { get: getFacility, deactivate: setFacilityActive, id: catalogue.facility.id },
      { get: getProgramme, deactivate: setProgrammeActive, id: catalogue.covid.id },
      { get: getVaccine, deactivate: setVaccineActive, id: catalogue.covishield.id },
      { get: getUser, deactivate: setUserActive, id: catalogue.user.id },
      { get: getApiClient, deactivate: setApiClientActive, id: client.id },
    ];
    const audits = await prisma.auditEvent.count({ where: { tenantId: tenant.id } });
    for (const { get, deactivate, id } of records) {
      expect((await get({ actor: platformAdmin, id })).id).toBe(id);
      const error = await rejection(deactivate({ actor: platformAdmin, id, active: false }));
      expect(error.code).toBe("FORBIDDEN");
      expect((await get({ actor: platformAdmin, id })).active).toBe(true);
    }
    expect(await prisma.auditEvent.count({ where: { tenantId: tenant.id } })).toBe(audits);
  });
});
