import { env } from "@vax/config/env";
import { openPrivateKey } from "@vax/credentials/keys";
import { afterAll, describe, expect, it } from "vitest";
import { verifyApiSecret } from "../api-token";
import { prisma } from "../client";
import { DEMO_TENANT_SLUG, demoCredentials, seedDemoData } from "./index";

// Counts of every table the seed writes, so a second run can prove it wrote nothing.
const countAll = async () => ({
  tenants: await prisma.tenant.count(),
  users: await prisma.user.count(),
  programmes: await prisma.programme.count(),
  vaccines: await prisma.vaccine.count(),
  facilities: await prisma.facility.count(),
  vaccinators: await prisma.vaccinator.count(),
  recipients: await prisma.recipient.count(),
  apiClients: await prisma.apiClient.count(),
  signingKeys: await prisma.signingKey.count(),
  auditEvents: await prisma.auditEvent.count(),
});

describe("seedDemoData", () => {
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("seeds the demo ministry with its catalogue, people and API client", async () => {
    const existedBefore = (await prisma.tenant.count({ where: { slug: DEMO_TENANT_SLUG } })) > 0;
    expect(await seedDemoData(prisma, { keyEncryptionKey: env.VAX_KEY_ENCRYPTION_KEY as string })).toBe(!existedBefore);

    const tenants = await prisma.tenant.findMany({ where: { slug: DEMO_TENANT_SLUG } });
    expect(tenants).toHaveLength(1);
    const tenantId = tenants[0]?.id;

    expect(await prisma.programme.count({ where: { tenantId } })).toBe(2);
    const vaccines = await prisma.vaccine.findMany({ where: { tenantId } });
    expect(vaccines.map((vaccine) => vaccine.name).sort()).toEqual(["COVAXIN", "COVISHIELD", "Comirnaty", "MR-VAC"]);
    expect(vaccines.find((vaccine) => vaccine.name === "COVISHIELD")?.icd11Code).toBe("XM9QW8");
    expect(await prisma.facility.count({ where: { tenantId } })).toBe(3);
    expect(await prisma.recipient.count({ where: { tenantId } })).toBe(20);

    const vaccinators = await prisma.vaccinator.findMany({ where: { tenantId }, include: { user: true } });
    expect(vaccinators.map((vaccinator) => vaccinator.user?.email).sort()).toEqual(
      demoCredentials.vaccinators.map((vaccinator) => vaccinator.email).sort(),
    );
    for (const vaccinator of vaccinators) expect(vaccinator.user?.role).toBe("VACCINATOR");

    const apiClient = await prisma.apiClient.findUnique({
      where: { tokenPrefix: demoCredentials.apiClient.prefix },
      omit: { secretHash: false },
    });
    expect(apiClient?.tenantId).toBe(tenantId);
    expect(verifyApiSecret(demoCredentials.apiClient.secret, apiClient?.secretHash ?? "")).toBe(true);

    const keys = await prisma.signingKey.findMany({ where: { tenantId }, omit: { encryptedPrivateKey: false } });
    expect(keys.map(({ algorithm, use, status }) => `${use}:${algorithm}:${status}`).sort()).toEqual([
      "CSCA:P256:ACTIVE",
      "EU_DCC:P256:ACTIVE",
      "SHC:P256:ACTIVE",
      "VC:ED25519:ACTIVE",
    ]);
    const key = keys.find(({ use }) => use === "VC");
    const privateJwk = openPrivateKey(key?.encryptedPrivateKey ?? "", env.VAX_KEY_ENCRYPTION_KEY as string);
    expect(privateJwk).toMatchObject({
      kty: "OKP",
      crv: "Ed25519",
      x: (key?.publicKeyJwk as { x?: string } | undefined)?.x,
    });
  });

  it("does nothing the second time", async () => {
    const before = await countAll();
    expect(await seedDemoData(prisma, { keyEncryptionKey: env.VAX_KEY_ENCRYPTION_KEY as string })).toBe(false);
    expect(await countAll()).toEqual(before);
  });
});
