import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { prisma } from "@vax/db";
import { createTestTenant } from "@vax/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { platformTrustList } from "../issuer/trust-list";
import { ZListQuery } from "../schemas/list-query";
import { type TTrustedIssuerInput, ZTrustedIssuerInput } from "../schemas/trusted-issuer";
import type { TActor } from "../shared/actor";
import { createTenant } from "../tenant";
import { rejection } from "../testing/rejection";
import {
  createTrustedIssuer,
  exportDscList,
  getTrustedIssuer,
  listTrustedIssuers,
  setTrustedIssuerActive,
  updateTrustedIssuer,
} from "./index";

// The EU DCC common vector CO3's signer (testdata/eu-dcc, Apache-2.0).
const co3 = JSON.parse(readFileSync(new URL("../../../../testdata/eu-dcc/common/CO3.json", import.meta.url), "utf8"));
const dsc: string = co3.TESTCTX.CERTIFICATE;
const multibase = "z6MkjLrk3gKS2nnkeWcmcxiZPGskmesDpuwRBorgHxUXfxnG";

const platformAdmin: TActor = {
  type: "USER",
  id: null,
  label: "Platform admin <platform@example.org>",
  tenantId: null,
  role: "PLATFORM_ADMIN",
  facilityId: null,
};

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

const input = (fields: Partial<TTrustedIssuerInput> = {}) =>
  ZTrustedIssuerInput.parse({
    name: "Ministry of Health, Sri Lanka",
    country: "lk",
    ids: "did:web:health.example.lk\ndid:lanka",
    keys: `kid: lanka-1\n${multibase}\n\n${dsc}`,
    ...fields,
  });

const query = (fields: Record<string, string> = {}) => ZListQuery.parse(fields);

describe("trusted issuers entered by hand", () => {
  let home: Awaited<ReturnType<typeof tenantAdmin>>;
  let other: Awaited<ReturnType<typeof tenantAdmin>>;

  beforeAll(async () => {
    home = await tenantAdmin();
    other = await tenantAdmin();
  });

  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("stores a tenant admin's entry with its keys read, for that tenant, and audits it", async () => {
    const created = await createTrustedIssuer({ actor: home.actor, input: input() });
    expect(created).toMatchObject({
      tenantId: home.tenant.id,
      country: "LK",
      ids: ["did:web:health.example.lk", "did:lanka"],
      keys: [{ kid: "lanka-1", publicKeyMultibase: multibase }, { certificate: dsc }],
      keyCount: 2,
      source: "MANUAL",
      active: true,
      changedBy: home.actor.label,
    });
    const audit = await prisma.auditEvent.findFirst({ where: { entityType: "TrustedIssuer", entityId: created.id } });
    expect(audit).toMatchObject({ tenantId: home.tenant.id, action: "trusted-issuer.created" });
  });

  it("refuses a bad key with a field error that names it, and stores nothing", async () => {
    const before = await prisma.trustedIssuer.count();
    const error = await rejection(
      createTrustedIssuer({ actor: home.actor, input: input({ keys: `${multibase}\n\nnot a key at all` }) }),
    );
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details).toEqual([
      { path: "keys.1", message: "Key 2: It is not a PEM public key, X.509 certificate, JWK or multibase key." },
    ]);
    expect(await prisma.trustedIssuer.count()).toBe(before);
  });

  it("keeps another tenant's entries out of reach: not listed, not found, not changed", async () => {
    const created = await createTrustedIssuer({ actor: home.actor, input: input({ name: "Only home's" }) });
    const listed = await listTrustedIssuers({ actor: other.actor, query: query({ status: "all" }) });
    expect(listed.items.map((item) => item.id)).not.toContain(created.id);
    expect((await rejection(getTrustedIssuer({ actor: other.actor, id: created.id }))).code).toBe("NOT_FOUND");
    const update = updateTrustedIssuer({ actor: other.actor, id: created.id, input: input({ name: "Taken" }) });
    expect((await rejection(update)).code).toBe("NOT_FOUND");
    const disable = setTrustedIssuerActive({ actor: other.actor, id: created.id, active: false });
    expect((await rejection(disable)).code).toBe("NOT_FOUND");
  });

  it("lets a platform admin add a platform-wide entry and change any tenant's", async () => {
    const platformWide = await createTrustedIssuer({ actor: platformAdmin, input: input({ name: "WHO GDHCN test" }) });
    expect(platformWide.tenantId).toBeNull();
    const tenants = await createTrustedIssuer({ actor: other.actor, input: input({ name: "Other's issuer" }) });
    const renamed = await updateTrustedIssuer({
      actor: platformAdmin,
      id: tenants.id,
      input: input({ name: "Renamed by the platform", keys: multibase }),
    });
    expect(renamed).toMatchObject({ name: "Renamed by the platform", keyCount: 1, changedBy: platformAdmin.label });
    const found = await listTrustedIssuers({ actor: platformAdmin, query: query({ q: "did:lanka", pageSize: "100" }) });
    expect(found.items.map((item) => item.id)).toEqual(expect.arrayContaining([platformWide.id, tenants.id]));
  });

  it("refuses a facility admin", async () => {
    const facilityAdmin: TActor = { ...home.actor, role: "FACILITY_ADMIN" };
    expect((await rejection(createTrustedIssuer({ actor: facilityAdmin, input: input() }))).code).toBe("FORBIDDEN");
  });

  it("publishes an active entry with its CSCAs in the trust list, and leaves it out once disabled", async () => {
    const created = await createTrustedIssuer({
      actor: home.actor,
      input: input({ name: "Published issuer", ids: "did:published", cscas: [dsc] }),
    });
    const listed = async () =>
      (await platformTrustList(new Date("2026-12-01T00:00:00Z"))).issuers.find((issuer) =>
        issuer.ids.includes("did:published"),
      );
    expect(await listed()).toMatchObject({ name: "Published issuer", country: "LK", cscas: [dsc] });
    const list = await platformTrustList(new Date("2026-12-01T00:00:00Z"));
    expect(list).toMatchObject({ issuedAt: "2026-12-01T00:00:00.000Z", validUntil: "2026-12-08T00:00:00.000Z" });

    const disabled = await setTrustedIssuerActive({ actor: home.actor, id: created.id, active: false });
    expect(disabled.active).toBe(false);
    expect(await listed()).toBeUndefined();
    const actions = await prisma.auditEvent.findMany({
      where: { entityId: created.id },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((event) => event.action)).toEqual(["trusted-issuer.created", "trusted-issuer.disabled"]);
  });

  it("exports our DSCs with their GDHCN thumbprint to an admin only", async () => {
    const slug = `trust-export-${Date.now()}`;
    await createTenant({
      actor: platformAdmin,
      input: {
        name: "Ministry of Health, Norway",
        slug,
        country: "NO",
        defaultLanguage: "en",
        timeZone: "Europe/Oslo",
        adminName: "Trust admin",
        adminEmail: `${slug}@health.example`,
      },
    });
    const norwegian = (await exportDscList({ actor: home.actor })).filter((entry) => entry.country === "NO");
    expect(norwegian.length).toBeGreaterThan(0);
    for (const entry of norwegian) {
      expect(entry).toMatchObject({ certificateType: "DSC" });
      expect(entry.thumbprint).toBe(createHash("sha256").update(Buffer.from(entry.rawData, "base64")).digest("hex"));
    }
    const monitor: TActor = { ...home.actor, role: "MONITORING" };
    expect((await rejection(exportDscList({ actor: monitor }))).code).toBe("FORBIDDEN");
  });
});
