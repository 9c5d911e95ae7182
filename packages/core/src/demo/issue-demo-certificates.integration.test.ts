import { env } from "@vax/config/env";
import { prisma } from "@vax/db";
import { DEMO_TENANT_SLUG, seedDemoData } from "@vax/db/seed";
import { describe, expect, it } from "vitest";
import { issueDemoCertificates } from "./issue-demo-certificates";

describe("issueDemoCertificates", () => {
  it("issues the demo family's certificates once, however often it runs", async () => {
    await seedDemoData(prisma, { keyEncryptionKey: env.VAX_KEY_ENCRYPTION_KEY as string });
    expect(await issueDemoCertificates({ tenantSlug: DEMO_TENANT_SLUG })).toBe(6);
    const count = () => prisma.certificate.count({ where: { tenant: { slug: DEMO_TENANT_SLUG } } });
    const issued = await count();
    expect(await issueDemoCertificates({ tenantSlug: DEMO_TENANT_SLUG })).toBe(6);
    expect(await count()).toBe(issued);
    const family = await prisma.certificate.findMany({
      where: { recipient: { mobile: "9876500001" }, tenant: { slug: DEMO_TENANT_SLUG } },
      include: { recipient: true },
      orderBy: [{ recipientId: "asc" }, { dose: "asc" }],
    });
    expect(new Set(family.map(({ recipient }) => recipient.name))).toEqual(
      new Set(["Ravi Kumar", "Lakshmi Ravi", "Arjun Ravi"]),
    );
    const raviSecond = family.find(({ recipient, dose }) => recipient.name === "Ravi Kumar" && dose === 2);
    const doses = (raviSecond?.payload as { credentialSubject?: { doses?: unknown[] } } | undefined)?.credentialSubject
      ?.doses;
    expect(doses).toHaveLength(2);
  });
});
