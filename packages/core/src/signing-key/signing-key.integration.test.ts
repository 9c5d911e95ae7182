import { randomBytes } from "node:crypto";
import { verify } from "@vax/credentials/verify";
import { prisma } from "@vax/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issuerDidDocument, platformDscList, platformJwks, platformStatusLookup, platformTrustList } from "../issuer";
import type { TActor } from "../shared/actor";
import { createTenant } from "../tenant";
import { daysAgo, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { platformAdminActor } from "../testing/platform-admin-actor";
import { rejection } from "../testing/rejection";
import { activateSigningKey, createSigningKey, listSigningKeys, retireSigningKey, revokeSigningKey } from "./index";

const suffix = () => randomBytes(4).toString("hex");
const check = async (qr: string) => verify(qr, { trust: await platformTrustList(), status: platformStatusLookup() });
const statusOf = (result: Awaited<ReturnType<typeof check>>, name: string) =>
  result.checks.find((entry) => entry.name === name);

describe("signing keys", () => {
  let platformAdmin: TActor;

  beforeAll(async () => {
    platformAdmin = await platformAdminActor();
  });

  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("rotates the W3C key: the new key signs, the retired key's certificates verify, a revoked key's fail with the reason", async () => {
    const setUp = await tenantWithCatalogue();
    const { admin, catalogue } = setUp;
    const tenant = await prisma.tenant.findUniqueOrThrow({ where: { id: setUp.tenantId } });
    const first = await vaccinate(setUp, catalogue.recipient.id, { dose: 1, date: daysAgo(100) });
    const [oldKey] = await listSigningKeys({ actor: admin });
    expect(oldKey).toMatchObject({ kind: "VC", status: "ACTIVE" });

    const generated = await createSigningKey({ actor: admin, input: { kind: "VC" } });
    expect(generated).toMatchObject({ kind: "VC", algorithm: "ED25519", status: "PENDING" });
    // Published before it signs, so verifiers' copies hold it by the time it does.
    const did = await issuerDidDocument({ slug: tenant.slug });
    expect(did.verificationMethod.map((method) => method.id.split("#")[1])).toEqual([oldKey?.kid, generated.kid]);

    const activated = await activateSigningKey({ actor: admin, id: generated.id });
    expect(activated.status).toBe("ACTIVE");
    const keys = await listSigningKeys({ actor: admin });
    expect(keys.map((key) => `${key.kid}:${key.status}`)).toEqual([
      `${generated.kid}:ACTIVE`,
      `${oldKey?.kid}:RETIRED`,
    ]);

    const second = await vaccinate(setUp, catalogue.recipient.id, { dose: 2, date: daysAgo(10) });
    const stored = await prisma.certificate.findUniqueOrThrow({ where: { certificateId: second.certificateId } });
    expect(stored.signingKeyId).toBe(generated.id);
    expect((second.credential.proof as { verificationMethod: string }).verificationMethod).toMatch(
      new RegExp(`#${generated.kid}$`),
    );
    expect((await check(first.qr)).verified).toBe(true);
    expect((await check(second.qr)).verified).toBe(true);

    await revokeSigningKey({
      actor: admin,
      id: oldKey?.id as string,
      input: { reason: "Copied to an unmanaged laptop" },
    });
    const revoked = await check(first.qr);
    expect(revoked.verified).toBe(false);
    expect(statusOf(revoked, "key status")).toMatchObject({
      status: "failed",
      reason: expect.stringContaining(`${oldKey?.kid} was revoked by ${tenant.name}`),
    });
    expect(statusOf(revoked, "key status")?.reason).toMatch(/: Copied to an unmanaged laptop$/);
    expect((await check(second.qr)).verified).toBe(true);
    const afterRevocation = await issuerDidDocument({ slug: tenant.slug });
    expect(afterRevocation.verificationMethod.map((method) => method.id.split("#")[1])).toEqual([generated.kid]);
    expect((await platformJwks()).keys.map((key) => key.kid)).not.toContain(oldKey?.kid);
  });

  it("refuses to sign with a tenant whose only W3C key was retired, saying what to do", async () => {
    const setUp = await tenantWithCatalogue();
    const [key] = await listSigningKeys({ actor: setUp.admin });
    await retireSigningKey({ actor: setUp.admin, id: key?.id as string });
    const refused = await rejection(vaccinate(setUp, setUp.catalogue.recipient.id, { dose: 1, date: daysAgo(5) }));
    expect(refused.message).toMatch(/no active Ed25519 signing key/);
  });

  it("certifies a new document signer with the active CSCA; revoking the CSCA revokes its signers and empties the DSC list", async () => {
    const { tenant } = await createTenant({
      actor: platformAdmin,
      input: {
        name: `Ministry ${suffix()}`,
        slug: `keys-${suffix()}`,
        country: "LK",
        defaultLanguage: "en",
        timeZone: "Asia/Colombo",
        adminName: "Key admin",
        adminEmail: `keys-${suffix()}@health.example`,
      },
    });
    const kidsInDscList = async () =>
      (await platformDscList()).filter((entry) => entry.country === "LK").map((entry) => entry.kid);
    const initial = await listSigningKeys({ actor: platformAdmin, tenantId: tenant.id });
    const firstDsc = initial.find((key) => key.kind === "EU_DCC");
    const csca = initial.find((key) => key.kind === "CSCA");
    expect(await kidsInDscList()).toContain(firstDsc?.kid);

    const dsc = await createSigningKey({ actor: platformAdmin, input: { kind: "EU_DCC", tenantId: tenant.id } });
    expect(dsc).toMatchObject({ status: "PENDING", parentKid: csca?.kid });
    expect(dsc.certificate?.issuer).toBe(csca?.certificate?.subject);
    expect(await kidsInDscList()).toEqual(expect.arrayContaining([firstDsc?.kid, dsc.kid]));
    await activateSigningKey({ actor: platformAdmin, id: dsc.id });

    await revokeSigningKey({ actor: platformAdmin, id: csca?.id as string, input: { reason: "CSCA compromised" } });
    const after = await listSigningKeys({ actor: platformAdmin, tenantId: tenant.id });
    for (const key of after.filter((entry) => entry.kind === "EU_DCC" || entry.kind === "CSCA")) {
      expect(key.status).toBe("REVOKED");
    }
    expect(after.find((key) => key.id === dsc.id)?.statusReason).toBe(
      `Its CSCA ${csca?.kid} was revoked: CSCA compromised`,
    );
    const remaining = new Set(await kidsInDscList());
    expect(remaining.has(dsc.kid) || remaining.has(firstDsc?.kid as string)).toBe(false);
    const refused = await rejection(
      createSigningKey({ actor: platformAdmin, input: { kind: "EU_DCC", tenantId: tenant.id } }),
    );
    expect(refused).toMatchObject({ code: "UNPROCESSABLE", message: expect.stringContaining("there is none") });
  });

  it("keeps each tenant's keys to its own admins and refuses steps a key's status does not allow", async () => {
    const home = await tenantWithCatalogue();
    const other = await tenantWithCatalogue();
    const [foreign] = await listSigningKeys({ actor: other.admin });
    expect(
      (await rejection(revokeSigningKey({ actor: home.admin, id: foreign?.id as string, input: { reason: "x" } })))
        .code,
    ).toBe("NOT_FOUND");
    expect((await rejection(listSigningKeys({ actor: home.admin, tenantId: other.tenantId }))).code).toBe("NOT_FOUND");
    expect((await rejection(createSigningKey({ actor: home.vaccinator, input: { kind: "VC" } }))).code).toBe(
      "FORBIDDEN",
    );

    const [active] = await listSigningKeys({ actor: home.admin });
    expect((await rejection(activateSigningKey({ actor: home.admin, id: active?.id as string }))).message).toBe(
      "This key already signs",
    );
    await revokeSigningKey({ actor: home.admin, id: active?.id as string, input: { reason: "Test" } });
    expect((await rejection(retireSigningKey({ actor: home.admin, id: active?.id as string }))).message).toBe(
      "This key is already revoked",
    );
    expect((await rejection(activateSigningKey({ actor: home.admin, id: active?.id as string }))).message).toMatch(
      /never signs again/,
    );
    const audit = await prisma.auditEvent.findMany({ where: { entityId: active?.id }, select: { action: true } });
    expect(audit.map((event) => event.action)).toEqual(["signing-key.revoked"]);
  });
});
