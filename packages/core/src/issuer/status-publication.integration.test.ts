import { createStatusListLookup, type TrustList, verify } from "@vax/credentials/verify";
import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import type { TCertificateView } from "../certification";
import { reinstateCertificate } from "../lifecycle/reinstate-certificate";
import { suspendCertificate } from "../lifecycle/suspend-certificate";
import { daysAgo, type TTenantSetUp, tenantWithCatalogue, vaccinate } from "../testing/issuance-fixture";
import { statusSlotOf, writeStatusBit } from "../testing/status-bits";
import { STATUS_DOCUMENT_RESIGN_AFTER_MS, STATUS_DOCUMENT_VALIDITY_MS } from "./published-document";
import { statusListCredential } from "./status-list-credential";
import { statusListReasons } from "./status-list-reasons";
import { platformTrustList } from "./trust-list";
import { verifyCertificate } from "./verify-certificate";

let setUp: TTenantSetUp;
let slug: string;
let active: TCertificateView;
let withdrawn: TCertificateView;

const listOf = (purpose: "REVOCATION" | "SUSPENSION", number: number, now?: Date) =>
  statusListCredential({ slug, purpose, number, ...(now ? { now } : {}) });

// What the verify page does: read the lists and their companions as served, believing only their signatures.
const servedLookup = (trust: TrustList) =>
  createStatusListLookup({
    trust,
    fetchList: async (url) => {
      const [path = "", reasons] = url.split("/reasons");
      const [purpose, number] = path.split("/").slice(-2);
      const options = { slug, purpose: purpose === "revocation" ? "REVOCATION" : "SUSPENSION", number: Number(number) };
      const published = await (reasons === undefined
        ? statusListCredential(options as Parameters<typeof statusListCredential>[0])
        : statusListReasons(options as Parameters<typeof statusListReasons>[0]));
      return published.document;
    },
  });

beforeAll(async () => {
  setUp = await tenantWithCatalogue();
  slug = (await prisma.tenant.findUniqueOrThrow({ where: { id: setUp.tenantId }, select: { slug: true } })).slug;
  const recipient = setUp.catalogue.recipient.id;
  active = await vaccinate(setUp, recipient, { dose: 1, date: daysAgo(120) });
  withdrawn = await vaccinate(setUp, recipient, { dose: 2, date: daysAgo(20) });
});

describe("the published status list", () => {
  it("carries a validUntil a day ahead and is re-signed once the copy is an hour old", async () => {
    const { number } = statusSlotOf(active.credential, "revocation");
    const now = new Date();
    const first = await listOf("REVOCATION", number, now);
    expect(first.document).toMatchObject({
      type: ["VerifiableCredential", "BitstringStatusListCredential"],
      validUntil: expect.any(String),
    });
    const until = Date.parse(String(first.document.validUntil));
    expect(until - now.getTime()).toBeGreaterThan(STATUS_DOCUMENT_VALIDITY_MS - 2_000);
    expect(until - now.getTime()).toBeLessThanOrEqual(STATUS_DOCUMENT_VALIDITY_MS);
    const again = await listOf("REVOCATION", number, new Date(now.getTime() + 60_000));
    expect(again.etag).toBe(first.etag);
    const later = await listOf("REVOCATION", number, new Date(now.getTime() + STATUS_DOCUMENT_RESIGN_AFTER_MS + 1));
    expect(later.etag).not.toBe(first.etag);
    expect(Date.parse(String(later.document.validUntil))).toBeGreaterThan(until);
  });

  it("shows a set bit on the very next request, and the verifier reads it as revoked, then clear again", async () => {
    const slot = statusSlotOf(withdrawn.credential, "revocation");
    const trust = await platformTrustList();
    const before = await listOf("REVOCATION", slot.number);
    const clear = await verify(withdrawn.qr, { trust, status: servedLookup(trust) });
    expect(clear.checks.filter((check) => check.status === "failed")).toEqual([]);

    await writeStatusBit(setUp.tenantId, "REVOCATION", slot, true);
    const after = await listOf("REVOCATION", slot.number);
    expect(after.etag).not.toBe(before.etag);
    const served = await verify(withdrawn.qr, { trust, status: servedLookup(trust) });
    expect(served).toMatchObject({ verified: false, subject: null, standing: { state: "revoked" } });
    const online = await verifyCertificate({ input: withdrawn.qr });
    expect(online).toMatchObject({ verified: false, subject: null, standing: { state: "revoked" } });
    expect(online.checks.find((check) => check.name === "revocation")?.reason).toBe(
      "The issuer has revoked this certificate.",
    );
    expect((await verifyCertificate({ input: active.qr })).verified).toBe(true);

    await writeStatusBit(setUp.tenantId, "REVOCATION", slot, false);
    expect((await verifyCertificate({ input: withdrawn.qr })).verified).toBe(true);
  });

  it("says superseded, online and from the served companion, once the certificate is marked so", async () => {
    const slot = statusSlotOf(withdrawn.credential, "revocation");
    await writeStatusBit(setUp.tenantId, "REVOCATION", slot, true);
    await prisma.certificate.update({ where: { id: withdrawn.id }, data: { status: "SUPERSEDED", currentSlot: null } });
    try {
      const reasons = await statusListReasons({ slug, purpose: "REVOCATION", number: slot.number });
      expect(reasons.document.credentialSubject).toMatchObject({
        type: "StatusListReasons",
        reasonsFor: slot.url,
        supersededList: expect.stringMatching(/^uH4sI/),
      });
      // However many certificates were corrected, the companion is one bitstring of the list's size.
      expect(JSON.stringify(reasons.document).length).toBeLessThan(2_000);
      const online = await verifyCertificate({ input: withdrawn.qr });
      expect(online).toMatchObject({ verified: false, subject: null, standing: { state: "superseded" } });
      const trust = await platformTrustList();
      const served = await verify(withdrawn.qr, { trust, status: servedLookup(trust) });
      expect(served.standing).toEqual({ state: "superseded" });
      expect(served.checks.find((check) => check.name === "revocation")?.reason).toBe(
        "Superseded: the issuer replaced this certificate with a newer version.",
      );
    } finally {
      await prisma.certificate.update({ where: { id: withdrawn.id }, data: { status: "ACTIVE" } });
      await writeStatusBit(setUp.tenantId, "REVOCATION", slot, false);
    }
  });

  it("says until when a certificate is suspended, online and from the served companion, and valid once reinstated", async () => {
    // Whole seconds: the companion carries the end as an XML Schema dateTime without milliseconds.
    const until = new Date(Math.ceil((Date.now() + 86_400_000) / 1000) * 1000);
    const { certificateId } = withdrawn;
    await suspendCertificate({ actor: setUp.admin, certificateId, reason: "Under review", until });
    try {
      const expected = { state: "suspended", until: until.toISOString().replace(".000Z", "Z") };
      const online = await verifyCertificate({ input: withdrawn.qr });
      expect(online).toMatchObject({ verified: false, subject: null, standing: { state: "suspended" } });
      expect(Date.parse(String(online.standing?.state === "suspended" && online.standing.until))).toBe(until.getTime());
      const trust = await platformTrustList();
      const served = await verify(withdrawn.qr, { trust, status: servedLookup(trust) });
      expect(served.standing).toEqual(expected);
    } finally {
      await reinstateCertificate({ actor: setUp.admin, certificateId, reason: "Review done" });
    }
    expect((await verifyCertificate({ input: withdrawn.qr })).verified).toBe(true);
  });

  it("answers 'not found' for a list the tenant does not have", async () => {
    await expect(listOf("REVOCATION", 999)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(statusListReasons({ slug, purpose: "SUSPENSION", number: 999 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
