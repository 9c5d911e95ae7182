import { randomBytes, randomInt } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { format } from "node:util";
import { requireKeyEncryptionKey } from "@vax/config/env";
import { isSealedSecret, openSecret } from "@vax/credentials/keys";
import { prisma } from "@vax/db";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { requestOneTimeCode } from "../citizen/request-one-time-code";
import { signInWithOneTimeCode } from "../citizen/sign-in-with-one-time-code";
import { deliverNotification } from "./deliver-notification";
import type { TNotificationDelivery } from "./notification-delivery";
import { queuePendingNotifications } from "./queue-pending-notifications";
import { webhookSignature } from "./webhook-signature";
import { webhookSmsSender } from "./webhook-sms-sender";

const MINUTE = 60_000;
const MAX_SEND_ATTEMPTS = 3;
const WEBHOOK_SECRET = randomBytes(24).toString("base64url");
const freshMobile = () => `8${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;
const freshIp = () => `10.${randomBytes(3).join(".")}`;

type TReceived = { signature: string | undefined; contentType: string | undefined; rawBody: string };

// A real SMS gateway stand-in on a free port: it records what arrives and answers with the status set.
const gateway = { received: [] as TReceived[], status: 200 };
let server: Server;
let webhookUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      gateway.received.push({
        signature: request.headers["x-vax-signature"] as string | undefined,
        contentType: request.headers["content-type"],
        rawBody: Buffer.concat(chunks).toString("utf8"),
      });
      response.writeHead(gateway.status, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await prisma.$disconnect();
});

// Everything the process writes to the console while a test runs, to prove what never reaches the log.
const logged: string[] = [];
beforeAll(() => {
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(format(...args));
    });
  }
});
afterEach(() => {
  logged.length = 0;
  gateway.received = [];
  gateway.status = 200;
});

const withWebhook = (demo = false): TNotificationDelivery => ({
  demo,
  sender: webhookSmsSender({ url: webhookUrl, secret: WEBHOOK_SECRET }),
  email: null,
  keyEncryptionKey: requireKeyEncryptionKey,
});
const withoutSender = (demo: boolean): TNotificationDelivery => ({
  demo,
  sender: null,
  email: null,
  keyEncryptionKey: requireKeyEncryptionKey,
});

// What the notification worker does with one outbox row's job.
const deliver = async (mobile: string, delivery = withWebhook()) =>
  deliverNotification({ id: (await outboxRow(mobile)).id, delivery, maxAttempts: MAX_SEND_ATTEMPTS });

const outboxRow = (mobile: string) =>
  prisma.notification.findFirstOrThrow({
    where: { to: mobile, channel: "SMS" },
    orderBy: { createdAt: "desc" },
    omit: { secret: false },
  });

const codeIn = (text: string) => {
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  if (!code) throw new Error(`No code in: ${text}`);
  return code;
};

describe("sending one-time codes through the SMS webhook", () => {
  it("posts {to, body} signed with HMAC-SHA256 of the raw body, then keeps the message without its code", async () => {
    const mobile = freshMobile();
    await requestOneTimeCode({ mobile, ip: freshIp(), delivery: withWebhook() });
    expect(gateway.received).toHaveLength(0);
    expect(await deliver(mobile)).toBe("sent");

    expect(gateway.received).toHaveLength(1);
    const [request] = gateway.received as [TReceived];
    expect(request.contentType).toBe("application/json");
    expect(request.signature).toBe(webhookSignature(request.rawBody, WEBHOOK_SECRET));
    expect(request.signature).toMatch(/^[0-9a-f]{64}$/);
    const sent = JSON.parse(request.rawBody) as { to: string; body: string };
    expect(Object.keys(sent).sort()).toEqual(["body", "to"]);
    expect(sent.to).toBe(mobile);
    expect(sent.body).toMatch(/^\d{6} is your code to see your vaccination certificates\. It expires in 5 minutes\./);
    const code = codeIn(sent.body);

    const row = await outboxRow(mobile);
    expect(row).toMatchObject({ status: "SENT", secret: null, attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(row.body).toContain("{code} is your code");
    expect(JSON.stringify(row)).not.toContain(code);
    expect(logged.join("\n")).not.toContain(code);
    expect(await signInWithOneTimeCode({ mobile, code, ip: freshIp() })).toEqual({ mobile });
  });

  it("marks a refused message FAILED with the reason, keeps the code sealed, and a later try sends it", async () => {
    const mobile = freshMobile();
    gateway.status = 503;
    await requestOneTimeCode({ mobile, ip: freshIp(), delivery: withWebhook() });
    expect(await deliver(mobile)).toBe("retry");
    const failed = await outboxRow(mobile);
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1, lastError: "The SMS webhook answered 503" });
    expect(isSealedSecret(failed.secret ?? "")).toBe(true);

    gateway.status = 200;
    gateway.received = [];
    expect(await deliver(mobile)).toBe("sent");
    const mine = gateway.received.filter((request) => JSON.parse(request.rawBody).to === mobile);
    expect(mine).toHaveLength(1);
    expect(await outboxRow(mobile)).toMatchObject({ status: "SENT", secret: null, attempts: 2, lastError: null });
    const code = codeIn(JSON.parse(mine[0]?.rawBody ?? "{}").body);
    expect(logged.join("\n")).not.toContain(code);
  });

  it(`gives up after ${MAX_SEND_ATTEMPTS} tries and drops the code`, async () => {
    const mobile = freshMobile();
    gateway.status = 500;
    await requestOneTimeCode({ mobile, ip: freshIp(), delivery: withWebhook() });
    const outcomes = [];
    for (let attempt = 1; attempt < MAX_SEND_ATTEMPTS + 2; attempt++) outcomes.push(await deliver(mobile));
    expect(outcomes).toEqual(["retry", "retry", "failed", "skipped"]);
    expect(await outboxRow(mobile)).toMatchObject({ status: "FAILED", attempts: MAX_SEND_ATTEMPTS, secret: null });
    expect(gateway.received.filter((request) => JSON.parse(request.rawBody).to === mobile)).toHaveLength(
      MAX_SEND_ATTEMPTS,
    );
  });

  it("queues a message written while no sender was set, and never sends a code that has expired", async () => {
    const missed = freshMobile();
    const stale = freshMobile();
    const now = new Date();
    // Written while no sender was configured: the sweep of a process that has one sends them.
    await requestOneTimeCode({
      mobile: missed,
      ip: freshIp(),
      now: new Date(now.getTime() - MINUTE),
      delivery: withoutSender(false),
    });
    await requestOneTimeCode({
      mobile: stale,
      ip: freshIp(),
      now: new Date(now.getTime() - 6 * MINUTE),
      delivery: withoutSender(false),
    });
    const queued: string[] = [];
    const missedRow = await outboxRow(missed);
    const staleRow = await outboxRow(stale);
    // The run's database holds other files' unsent messages too: this pass takes them all.
    await queuePendingNotifications({
      enqueue: async (ids) => {
        queued.push(...ids);
      },
      channels: ["SMS"],
      now,
      limit: 100_000,
    });
    expect(queued).toContain(missedRow.id);
    expect(queued).not.toContain(staleRow.id);
    expect((await outboxRow(missed)).queuedAt).toEqual(now);
    expect(await deliver(missed)).toBe("sent");
    expect(await deliver(stale)).toBe("skipped");
    const recipients = gateway.received.map((request) => JSON.parse(request.rawBody).to);
    expect(recipients).toContain(missed);
    expect(recipients).not.toContain(stale);
    expect(await outboxRow(missed)).toMatchObject({ status: "SENT", secret: null });
    expect(await outboxRow(stale)).toMatchObject({
      status: "FAILED",
      secret: null,
      lastError: "The code expired before it could be sent",
    });
  });
});

describe("one-time codes without an SMS sender", () => {
  it("outside demo mode keeps the code sealed in the outbox and never writes it to the log", async () => {
    const mobile = freshMobile();
    await requestOneTimeCode({ mobile, ip: freshIp(), delivery: withoutSender(false) });
    const row = await outboxRow(mobile);
    expect(row.status).toBe("PENDING");
    expect(row.body).toBe(
      "{code} is your code to see your vaccination certificates. It expires in 5 minutes. Never share it: no one from the programme will ask for it.",
    );
    expect(row.body).not.toMatch(/\d{6}/);
    expect(isSealedSecret(row.secret ?? "")).toBe(true);
    const code = openSecret(row.secret ?? "", requireKeyEncryptionKey(), "notification-secret");
    expect(code).toMatch(/^\d{6}$/);
    expect(row.secret).not.toContain(code);
    expect(logged.join("\n")).not.toContain(code);
    expect(logged.join("\n")).not.toContain("[outbox]");
    expect(await signInWithOneTimeCode({ mobile, code, ip: freshIp() })).toEqual({ mobile });
  });

  it("in demo mode keeps the code in clear in the outbox and writes the message to the log", async () => {
    const mobile = freshMobile();
    await requestOneTimeCode({ mobile, ip: freshIp(), delivery: withoutSender(true) });
    const row = await outboxRow(mobile);
    expect(row.status).toBe("PENDING");
    expect(row.secret).toMatch(/^\d{6}$/);
    const text = `${row.secret} is your code to see your vaccination certificates. It expires in 5 minutes. Never share it: no one from the programme will ask for it.`;
    expect(logged).toContain(`[outbox] SMS to +91 ${mobile.slice(0, 5)} ${mobile.slice(5)}: ${text}`);
    // The outbox is the delivery: nothing takes the code from where the demo reads it.
    const queued: string[] = [];
    await queuePendingNotifications({
      enqueue: async (ids) => {
        queued.push(...ids);
      },
      channels: [],
      limit: 100_000,
    });
    expect(queued).toEqual([]);
    expect(await deliver(mobile, withoutSender(true))).toBe("skipped");
    expect((await outboxRow(mobile)).secret).toBe(row.secret);
  });
});
