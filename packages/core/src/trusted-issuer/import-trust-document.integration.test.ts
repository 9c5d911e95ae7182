import { readFileSync } from "node:fs";
import { generateSigningKey } from "@vax/credentials/keys";
import { prisma } from "@vax/db";
import { createTestTenant } from "@vax/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { platformTrustList } from "../issuer/trust-list";
import type { TActor } from "../shared/actor";
import { rejection } from "../testing/rejection";
import { importTrustDocument } from "./index";

// The EU DCC common vector CO3's signer (testdata/eu-dcc, Apache-2.0), valid 2021-05-03 to 2021-06-02.
const co3 = JSON.parse(readFileSync(new URL("../../../../testdata/eu-dcc/common/CO3.json", import.meta.url), "utf8"));
const dsc: string = co3.TESTCTX.CERTIFICATE;
const CO3_KID = "rDaQ7oNhzJY=";
const whileValid = new Date(co3.TESTCTX.VALIDATIONCLOCK);
const dscList = (country = "XK") => JSON.stringify([{ kid: CO3_KID, country, certificateType: "DSC", rawData: dsc }]);

const tenantAdmin = async () => {
  const { tenant, admin } = await createTestTenant(prisma);
  const actor: TActor = {
    type: "USER",
    id: admin.id,
    label: `${admin.name} <${admin.email}>`,
    tenantId: tenant.id,
    role: admin.role,
    facilityId: null,
  };
  return { tenant, actor };
};

describe("importing a trust document", () => {
  let home: Awaited<ReturnType<typeof tenantAdmin>>;
  let other: Awaited<ReturnType<typeof tenantAdmin>>;

  beforeAll(async () => {
    home = await tenantAdmin();
    other = await tenantAdmin();
  });

  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("adds a DSC list's signer as its country's entry, then finds it unchanged, and audits the write", async () => {
    const first = await importTrustDocument({ actor: home.actor, text: dscList(), kind: "auto", validAt: whileValid });
    expect(first).toMatchObject({ format: "dsc-list", changed: [], unchanged: [], refused: [] });
    expect(first.added).toEqual([expect.objectContaining({ country: "XK", keyCount: 1 })]);
    const stored = await prisma.trustedIssuer.findUniqueOrThrow({ where: { id: first.added[0]?.id } });
    expect(stored).toMatchObject({
      tenantId: home.tenant.id,
      source: "DSC_LIST",
      ids: ["XK"],
      changedBy: home.actor.label,
    });
    const audit = await prisma.auditEvent.findFirst({ where: { entityId: stored.id } });
    expect(audit?.action).toBe("trusted-issuer.imported");

    const again = await importTrustDocument({
      actor: home.actor,
      text: dscList(),
      kind: "dsc-list",
      validAt: whileValid,
    });
    expect(again).toMatchObject({ added: [], changed: [], unchanged: [{ id: stored.id }] });

    const published = (await platformTrustList()).issuers.find((issuer) => issuer.ids.includes("XK"));
    expect(published?.keys).toEqual([{ kid: CO3_KID, certificate: dsc }]);
  });

  it("refuses an expired signer with its reason, and writes nothing", async () => {
    const before = await prisma.trustedIssuer.count({ where: { tenantId: other.tenant.id } });
    const report = await importTrustDocument({ actor: other.actor, text: dscList("XL"), kind: "auto" });
    expect(report.added).toEqual([]);
    expect(report.refused).toEqual([
      { item: expect.stringContaining(CO3_KID), reason: expect.stringMatching(/expired/) },
    ]);
    expect(await prisma.trustedIssuer.count({ where: { tenantId: other.tenant.id } })).toBe(before);
  });

  it("changes the entry a JWKS matches by its issuer URL and says what changed", async () => {
    const issuerUrl = `https://spec.smarthealth.example/${Date.now()}`;
    const jwks = async () => {
      const { publicJwk } = await generateSigningKey({ algorithm: "P256" });
      return JSON.stringify({ keys: [publicJwk] });
    };
    const added = await importTrustDocument({ actor: home.actor, text: await jwks(), kind: "jwks", issuerUrl });
    expect(added.added).toHaveLength(1);
    const changed = await importTrustDocument({ actor: home.actor, text: await jwks(), kind: "auto", issuerUrl });
    expect(changed.changed).toEqual([
      expect.objectContaining({
        id: added.added[0]?.id,
        changes: expect.arrayContaining([expect.stringMatching(/added/)]),
      }),
    ]);
    const stored = await prisma.trustedIssuer.findUniqueOrThrow({ where: { id: added.added[0]?.id } });
    expect(stored).toMatchObject({ source: "JWKS", sourceUrl: issuerUrl });
  });

  it("imports our trust list with an entry's contexts, and publishes them", async () => {
    const did = `did:web:health.example.ph:${Date.now()}`;
    const url = "https://health.example.ph/credentials/vaccination/v1";
    const context = { "@context": { "@version": 1.1, name: "http://schema.org/name" } };
    const ed = await generateSigningKey({ algorithm: "ED25519" });
    const text = JSON.stringify({
      issuers: [
        {
          name: "Department of Health, Philippines",
          country: "PH",
          ids: [did, "did:india"],
          keys: [{ publicKeyMultibase: ed.publicKeyMultibase }],
          contexts: { [url]: context },
        },
      ],
    });
    const report = await importTrustDocument({ actor: home.actor, text, kind: "trust-list" });
    expect(report).toMatchObject({ format: "trust-list", refused: [], added: [{ country: "PH", keyCount: 1 }] });
    const published = (await platformTrustList()).issuers.find((issuer) => issuer.ids.includes(did));
    expect(published).toMatchObject({ name: "Department of Health, Philippines", contexts: { [url]: context } });
  });

  it("refuses a document that is not what the importer said, or unreadable, as a field error", async () => {
    const wrongKind = await rejection(
      importTrustDocument({ actor: home.actor, text: dscList(), kind: "jwks", validAt: whileValid }),
    );
    expect(wrongKind).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "kind" }] });
    const notJson = await rejection(importTrustDocument({ actor: home.actor, text: "<html>", kind: "auto" }));
    expect(notJson).toMatchObject({ code: "VALIDATION_FAILED", details: [{ path: "file" }] });
  });

  it("refuses a facility admin", async () => {
    const facilityAdmin: TActor = { ...home.actor, role: "FACILITY_ADMIN" };
    const refused = await rejection(importTrustDocument({ actor: facilityAdmin, text: dscList(), kind: "auto" }));
    expect(refused.code).toBe("FORBIDDEN");
  });
});
