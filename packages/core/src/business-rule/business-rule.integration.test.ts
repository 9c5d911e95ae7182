import { validityRule } from "@vax/credentials/rules";
import type { BusinessRule } from "@vax/credentials/verify";
import { prisma } from "@vax/db";
import { createTestTenant } from "@vax/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth";
import { verifyCertificate } from "../issuer/verify-certificate";
import { ZValidityRuleInput } from "../schemas/business-rule";
import type { TActor } from "../shared/actor";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { platformAdminActor } from "../testing/platform-admin-actor";
import { rejection } from "../testing/rejection";
import {
  createValidityRule,
  importBusinessRules,
  listBusinessRules,
  publishedRules,
  setBusinessRuleActive,
} from "./index";

const acceptance = (fields: Partial<BusinessRule> = {}): BusinessRule => ({
  ...validityRule({ country: "DE", days: 365, validFrom: "2021-01-01T00:00:00Z" }),
  Identifier: "VR-DE-9001",
  Type: "Acceptance",
  Description: [{ lang: "en", desc: "Vaccinated within the last year." }],
  ...fields,
});
const rulesCheck = (result: Awaited<ReturnType<typeof verifyCertificate>>) =>
  result.checks.find((check) => check.name === "rules");

let platform: TActor;
let home: TTenantSetUp;
let qr: string;

beforeAll(async () => {
  platform = await platformAdminActor();
  home = await tenantWithCatalogue();
  qr = (await vaccinate(home, home.catalogue.recipient.id, { dose: 1, date: daysAgo(30) })).qr;
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("importing business rules", () => {
  it("reports what it added, changed, found unchanged and refused, and publishes what it took", async () => {
    const first = await importBusinessRules({ actor: platform, document: [acceptance()] });
    expect(first).toEqual({
      added: [{ identifier: "VR-DE-9001", version: "1.0.0", country: "DE" }],
      changed: [],
      unchanged: [],
      refused: [],
    });
    const second = await importBusinessRules({
      actor: platform,
      document: JSON.stringify([
        acceptance(),
        acceptance({ Version: "1.1.0" }),
        acceptance({ Version: "1.0.0", Description: [{ lang: "en", desc: "Altered without a new version." }] }),
        acceptance({ Identifier: "VR-DE-9002", Engine: "AIRSCRIPT" }),
      ]),
    });
    expect(second).toEqual({
      added: [],
      changed: [{ identifier: "VR-DE-9001", version: "1.1.0", country: "DE" }],
      unchanged: [{ identifier: "VR-DE-9001", version: "1.0.0", country: "DE" }],
      refused: [
        { item: "VR-DE-9002", reason: 'Engine "AIRSCRIPT" is unknown (only CERTLOGIC is run).' },
        {
          item: "VR-DE-9001 1.0.0",
          reason: "Version 1.0.0 is already held with other content; a change needs a new version.",
        },
      ],
    });
    const published = await publishedRules();
    const ours = published.rules.filter((rule) => rule.Identifier === "VR-DE-9001");
    expect(ours.map((rule) => rule.Version).sort()).toEqual(["1.0.0", "1.1.0"]);
    expect(ours[0]).toMatchObject({ Country: "DE", Type: "Acceptance", Engine: "CERTLOGIC" });
    expect(Date.parse(published.validUntil)).toBeGreaterThan(Date.parse(published.issuedAt));
    const audits = await prisma.auditEvent.count({ where: { entityType: "BusinessRule", actorId: platform.id } });
    expect(audits).toBe(2);
  });

  it("keeps a tenant admin to their own country's rules, and others than admins out", async () => {
    const report = await importBusinessRules({ actor: home.admin, document: acceptance({ Identifier: "VR-DE-9003" }) });
    expect(report.refused).toEqual([
      { item: "VR-DE-9003 1.0.0", reason: "A tenant's rules are for its own country, IN; this one is for DE." },
    ]);
    const refused = await rejection(importBusinessRules({ actor: home.vaccinator, document: acceptance() }));
    expect(refused.code).toBe("FORBIDDEN");
    const empty = await rejection(importBusinessRules({ actor: platform, document: {} }));
    expect(empty).toMatchObject({ code: "UNPROCESSABLE", message: "The document holds no rules" });
  });
});

describe("a tenant's validity rule", () => {
  it("judges the tenant's certificates when verified for a destination, newest version first, until disabled", async () => {
    const input = (days: number) => ZValidityRuleInput.parse({ days });
    const lenient = await createValidityRule({ actor: home.admin, input: input(60) });
    expect(lenient).toMatchObject({ version: "1.0.0", type: "invalidation", country: "IN", source: "tenant" });
    const passed = await verifyCertificate({ input: qr, destination: "DE" });
    expect(passed.rules?.find((rule) => rule.id === lenient.identifier)).toMatchObject({
      status: "passed",
      description: "Valid for 60 days after the last dose.",
    });
    // The same certificate judged 40 days from now, 70 days after its dose, fails the 60-day rule.
    const later = await verifyCertificate({
      input: qr,
      destination: "DE",
      now: new Date(Date.now() + 40 * 86_400_000),
    });
    expect(later.rules?.find((rule) => rule.id === lenient.identifier)?.status).toBe("failed");
    // The dose was 30 days ago: a 20-day rule, as version 2, takes over and fails the certificate.
    const strict = await createValidityRule({ actor: home.admin, input: input(20) });
    expect(strict).toMatchObject({ identifier: lenient.identifier, version: "2.0.0" });
    const failed = await verifyCertificate({ input: qr, destination: "DE" });
    expect(rulesCheck(failed)).toMatchObject({
      status: "failed",
      reason: expect.stringContaining("Valid for 20 days after the last dose."),
    });
    expect(failed.verified).toBe(false);
    // Without a destination the API applies no rules, as before.
    expect(rulesCheck(await verifyCertificate({ input: qr }))?.status).toBe("skipped");
    expect(await setBusinessRuleActive({ actor: home.admin, id: strict.id, active: false })).toEqual({ changed: 2 });
    const after = await verifyCertificate({ input: qr, destination: "DE" });
    expect(after.rules?.some((rule) => rule.id === lenient.identifier)).toBe(false);
  });

  it("lets each admin change only their own rules, and another tenant not even see them", async () => {
    const own = await createValidityRule({ actor: home.admin, input: ZValidityRuleInput.parse({ days: 90 }) });
    const { admin } = await createTestTenant(prisma);
    const stranger = actorOfUser(admin);
    expect((await rejection(setBusinessRuleActive({ actor: stranger, id: own.id, active: false }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await listBusinessRules({ actor: stranger })).some((rule) => rule.id === own.id)).toBe(false);
    const platformRule = (await listBusinessRules({ actor: home.admin })).find((rule) => rule.owner === "platform");
    expect(platformRule).toBeDefined();
    const forbidden = await rejection(
      setBusinessRuleActive({ actor: home.admin, id: platformRule?.id ?? "", active: false }),
    );
    expect(forbidden.code).toBe("FORBIDDEN");
    const national = await createValidityRule({
      actor: platform,
      input: ZValidityRuleInput.parse({ days: 180, country: "FR" }),
    });
    expect(national).toMatchObject({ identifier: "IR-FR-VALIDITY", owner: "platform" });
    expect((await rejection(createValidityRule({ actor: platform, input: { days: 180 } }))).code).toBe(
      "VALIDATION_FAILED",
    );
  });
});
