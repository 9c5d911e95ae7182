import { execFileSync } from "node:child_process";
import { randomBytes, randomInt } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { env, requireDatabaseUrl } from "@vax/config/env";
import { prisma } from "@vax/db";
import { createTestCatalogue, createTestTenant, type TestCatalogue } from "@vax/db/testing";
import type { ParsedMail } from "mailparser";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { actorOfUser } from "../auth/actor-of-user";
import { certifyBatch } from "../certification/certify-batch";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "../testing/api-client-actor";
import { divocCertificationRequest } from "../testing/divoc-certification-request";
import { startNotificationEndpoints } from "../testing/notification-endpoints";
import type { TNotificationDelivery } from "./notification-delivery";
import { queueCertificateNotice } from "./queue-certificate-notice";
import { queueMessage } from "./queue-message";
import { startNotificationWorker, type TNotificationWorker } from "./start-notification-worker";
import { webhookSignature } from "./webhook-signature";

const WEBHOOK_SECRET = randomBytes(24).toString("base64url");
const MAX_ATTEMPTS = 3;
// A first PDF render starts the render pool; on a busy machine a test waits minutes, not seconds.
const SLOW_TEST_MS = 180_000;

let endpoints: Awaited<ReturnType<typeof startNotificationEndpoints>>;
let smtp: typeof endpoints.smtp;
let gateway: typeof endpoints.gateway;
let delivery: TNotificationDelivery;

beforeAll(async () => {
  endpoints = await startNotificationEndpoints(WEBHOOK_SECRET);
  ({ smtp, gateway, delivery } = endpoints);
  // Messages other test files left in the shared database are theirs: this file's workers leave them be.
  await prisma.notification.updateMany({ where: { queuedAt: null }, data: { queuedAt: new Date() } });
});

afterAll(async () => {
  await endpoints.close();
  await prisma.$disconnect();
});

afterEach(() => {
  smtp.refuse.clear();
  gateway.failNext.clear();
});

const startWorker = () =>
  startNotificationWorker({
    databaseUrl: requireDatabaseUrl(),
    delivery,
    maxAttempts: MAX_ATTEMPTS,
    retryDelaySeconds: 1,
    pollIntervalMs: 250,
  });

const freshMobile = () => `9${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;
const freshEmail = () => `holder.${randomBytes(5).toString("hex")}@example.org`;
const aadhaar = () => `5${String(randomBytes(6).readUIntBE(0, 6)).padStart(11, "0").slice(-11)}`;

let catalogue: TestCatalogue;
let actor: TActor;
beforeAll(async () => {
  const { tenant, admin } = await createTestTenant(prisma);
  catalogue = await createTestCatalogue(prisma, tenant.id);
  actor = await apiClientActor(actorOfUser(admin));
});

// Issues one certificate per holder through the certify use case, each holder reachable at a number and an address.
const certify = async (holders: { mobile: string; email: string }[]) =>
  certifyBatch({
    actor,
    idempotencyKey: null,
    requests: holders.map(({ mobile, email }) =>
      divocCertificationRequest({
        identity: aadhaar(),
        recipient: { contact: [`tel:${mobile}`, `mailto:${email}`] },
        vaccination: { name: catalogue.covishield.name, effectiveStart: "2026-10-02", effectiveUntil: "2027-10-02" },
        facility: { name: catalogue.facility.name, address: { district: "Bengaluru South", state: "Karnataka" } },
      }),
    ),
  });

const rowsOf = (certificateId: string) =>
  prisma.notification.findMany({
    where: { certificate: { certificateId } },
    orderBy: { channel: "asc" },
    omit: { secret: false },
  });

// Waits until every message about the certificates is SENT or FAILED for good.
const settled = async (certificateIds: string[], timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await prisma.notification.count({
      where: {
        certificate: { certificateId: { in: certificateIds } },
        OR: [{ status: { in: ["PENDING", "SENDING"] } }, { status: "FAILED", attempts: { lt: MAX_ATTEMPTS } }],
      },
    });
    if (open === 0) return;
    if (Date.now() > deadline) throw new Error(`${open} messages still unsent after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

const pdfText = (pdf: Buffer): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "vax-pdf-"));
  try {
    writeFileSync(path.join(dir, "certificate.pdf"), pdf);
    return execFileSync("pdftotext", [path.join(dir, "certificate.pdf"), "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const mailsTo = (address: string) =>
  smtp.received.filter(({ mail }) => [mail.to ?? []].flat().some((to) => to.text === address));

describe("the notification worker", () => {
  let worker: TNotificationWorker;
  beforeAll(async () => {
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.stop();
  });

  it("e-mails an issued certificate with its PDF and texts its link, each once, signed", {
    timeout: SLOW_TEST_MS,
  }, async () => {
    const holder = { mobile: freshMobile(), email: freshEmail() };
    const [issued] = await certify([holder]);
    const certificateId = issued?.certificateId ?? "";
    expect(await prisma.recipient.findFirst({ where: { mobile: holder.mobile } })).toMatchObject({
      email: holder.email,
    });
    await settled([certificateId]);

    const mails = mailsTo(holder.email);
    expect(mails).toHaveLength(1);
    const mail = mails[0]?.mail as ParsedMail;
    expect(mail.subject).toBe("Your vaccination certificate is ready");
    expect(mail.from?.text).toBe('"Test Ministry" <certificates@ministry.example>');
    const link = new URL("/", env.VAX_CITIZEN_URL).toString();
    expect(mail.text).toContain(`Your vaccination certificate ${certificateId} is ready.`);
    expect(mail.text).toContain(`See and download your certificates: ${link}`);
    expect(mail.text).not.toContain("Bhaya Mitra");
    expect(mail.attachments).toHaveLength(1);
    const attachment = mail.attachments[0];
    expect(attachment?.contentType).toBe("application/pdf");
    expect(attachment?.filename).toBe(`vaccination-certificate-${certificateId}.pdf`);
    expect(attachment?.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const printed = pdfText(attachment?.content ?? Buffer.alloc(0));
    expect(printed).toContain(certificateId);
    expect(printed).toContain("Bhaya Mitra");

    const sms = gateway.received.filter(({ to }) => to === holder.mobile);
    expect(sms).toHaveLength(1);
    expect(sms[0]?.body).toBe(`Your vaccination certificate ${certificateId} is ready. ${link}`);
    expect(sms[0]?.signature).toBe(webhookSignature(sms[0]?.rawBody ?? "", WEBHOOK_SECRET));

    const rows = await rowsOf(certificateId);
    expect(rows.map(({ channel, to }) => [channel, to])).toEqual([
      ["SMS", holder.mobile],
      ["EMAIL", holder.email],
    ]);
    for (const row of rows) {
      expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null, secret: null });
      expect(row.sentAt).toBeInstanceOf(Date);
      expect(row.queuedAt).toBeInstanceOf(Date);
    }
    expect(rows.find(({ channel }) => channel === "EMAIL")?.attachCertificatePdf).toBe(true);
    // The row keeps the words, not the PDF: it is rendered again whenever it is sent.
    expect(JSON.stringify(rows)).not.toContain("%PDF");
  });

  it("sends a revocation notice without the PDF, and a free-text message, each queued in the caller's transaction", {
    timeout: SLOW_TEST_MS,
  }, async () => {
    const holder = { mobile: freshMobile(), email: freshEmail() };
    const [issued] = await certify([holder]);
    const certificateId = issued?.certificateId ?? "";
    await settled([certificateId]);
    const certificate = await prisma.certificate.findUniqueOrThrow({ where: { certificateId } });
    const other = { mobile: freshMobile(), email: freshEmail() };
    await prisma.$transaction(async (tx) => {
      await queueCertificateNotice(tx, { certificateId: certificate.id, event: "revoked" });
      await queueMessage(tx, {
        tenantId: certificate.tenantId,
        to: other,
        subject: "Your correction request was approved",
        body: "The corrected certificate replaces the old one.",
        certificateId: certificate.id,
      });
    });
    // A notice whose transaction rolls back is never sent.
    await prisma
      .$transaction(async (tx) => {
        await queueCertificateNotice(tx, { certificateId: certificate.id, event: "suspended" });
        throw new Error("the change failed");
      })
      .catch(() => undefined);
    await settled([certificateId]);

    const revoked = mailsTo(holder.email).map(({ mail }) => mail);
    expect(revoked.map(({ subject }) => subject)).toEqual([
      "Your vaccination certificate is ready",
      "Your vaccination certificate has been revoked",
    ]);
    expect(revoked[1]?.text).toContain(`Your vaccination certificate ${certificateId} has been revoked`);
    expect(revoked[1]?.attachments).toHaveLength(0);
    expect(gateway.received.filter(({ to }) => to === holder.mobile).map(({ body }) => body)[1]).toContain(
      "has been revoked and no longer verifies",
    );
    const [message] = mailsTo(other.email).map(({ mail }) => mail);
    expect(message?.subject).toBe("Your correction request was approved");
    expect(message?.text?.trim()).toBe("The corrected certificate replaces the old one.");
    expect(message?.attachments).toHaveLength(0);
    expect(gateway.received.filter(({ to }) => to === other.mobile).map(({ body }) => body)).toEqual([
      "Your correction request was approved: The corrected certificate replaces the old one.",
    ]);
    expect(await prisma.notification.count({ where: { certificateId: certificate.id } })).toBe(6);
  });

  it("retries a refused message after a growing delay, and leaves it FAILED with the reason after the last try", {
    timeout: SLOW_TEST_MS,
  }, async () => {
    const holder = { mobile: freshMobile(), email: freshEmail() };
    smtp.refuse.add(holder.email);
    gateway.failNext.set(holder.mobile, 1);
    const [issued] = await certify([holder]);
    const certificateId = issued?.certificateId ?? "";
    await settled([certificateId]);

    const tries = smtp.tries.filter(({ to }) => to.includes(holder.email)).map(({ at }) => at);
    expect(tries).toHaveLength(MAX_ATTEMPTS);
    const [first = 0, second = 0, third = 0] = tries;
    // pg-boss waits between 1 and 2 delays before the second try and between 2 and 4 before the third.
    expect(second - first).toBeGreaterThanOrEqual(900);
    expect(third - second).toBeGreaterThanOrEqual(1_900);
    expect(mailsTo(holder.email)).toHaveLength(0);
    const [sms, email] = await rowsOf(certificateId);
    expect(email).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS, sentAt: null });
    expect(email?.lastError).toContain("Mailbox busy, try later");
    // The SMS gateway refused once, then took it: one delivery, on the second try.
    expect(sms).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(gateway.received.filter(({ to }) => to === holder.mobile)).toHaveLength(1);

    // Nothing more is tried once the last try failed.
    await new Promise<void>((resolve) => setTimeout(resolve, 3_000));
    expect(smtp.tries.filter(({ to }) => to.includes(holder.email))).toHaveLength(MAX_ATTEMPTS);
  });
});

describe("two notification workers on one outbox", () => {
  it("send each message exactly once", { timeout: SLOW_TEST_MS }, async () => {
    const workers = await Promise.all([startWorker(), startWorker()]);
    try {
      const holders = Array.from({ length: 12 }, () => ({ mobile: freshMobile(), email: freshEmail() }));
      const issued = await certify(holders);
      await settled(issued.map(({ certificateId }) => certificateId));
      for (const holder of holders) {
        expect(mailsTo(holder.email)).toHaveLength(1);
        expect(gateway.received.filter(({ to }) => to === holder.mobile)).toHaveLength(1);
      }
      const rows = await prisma.notification.findMany({
        where: { certificate: { certificateId: { in: issued.map(({ certificateId }) => certificateId) } } },
      });
      expect(rows).toHaveLength(24);
      expect(rows.every((row) => row.status === "SENT" && row.attempts === 1)).toBe(true);
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }
  });
});
