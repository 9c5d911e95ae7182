import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { requireDatabaseUrl } from "@vax/config/env";
import { prisma } from "@vax/db";
import { createTestCatalogue, createTestTenant, type TestCatalogue } from "@vax/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getApiClientWebhook } from "../api-client/get-api-client-webhook";
import { setApiClientWebhook } from "../api-client/set-api-client-webhook";
import { actorOfUser } from "../auth/actor-of-user";
import { webhookSignature } from "../notification/webhook-signature";
import type { TCertifyTransactionCallback } from "../schemas/certify-transaction";
import type { TActor } from "../shared/actor";
import { apiClientActor } from "../testing/api-client-actor";
import { aadhaar } from "../testing/certificate-family";
import { divocCertificationRequest } from "../testing/divoc-certification-request";
import { rejection } from "../testing/rejection";
import { getCertifyTransaction } from "./get-certify-transaction";
import { startCertifyWorker, type TCertifyWorker } from "./start-certify-worker";
import { submitCertifyTransaction } from "./submit-certify-transaction";
import { assertWebhookUrl } from "./webhook-url";

const MAX_WEBHOOK_ATTEMPTS = 3;

type TCall = { at: number; path: string; signature: string | undefined; rawBody: string };

let catalogue: TestCatalogue;
let admin: TActor;
let worker: TCertifyWorker;
let receiver: Server;
let base: string;
const calls: TCall[] = [];

// A receiver that answers each path its own way: /ok 200, /down 503, /moved a redirect to /ok.
const answerFor = (path: string): [number, Record<string, string>] => {
  if (path === "/down") return [503, {}];
  if (path === "/moved") return [302, { location: "/ok" }];
  return [200, {}];
};

beforeAll(async () => {
  const created = await createTestTenant(prisma);
  admin = actorOfUser(created.admin);
  catalogue = await createTestCatalogue(prisma, created.tenant.id);
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const path = request.url ?? "";
      calls.push({
        at: Date.now(),
        path,
        signature: request.headers["x-vax-signature"] as string | undefined,
        rawBody: Buffer.concat(chunks).toString("utf8"),
      });
      const [status, headers] = answerFor(path);
      response.writeHead(status, headers).end(status === 200 ? "thanks" : "not now");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  worker = await startCertifyWorker({
    databaseUrl: requireDatabaseUrl(),
    maxWebhookAttempts: MAX_WEBHOOK_ATTEMPTS,
    retryDelaySeconds: 1,
    pollIntervalMs: 250,
    webhookTimeoutMs: 2_000,
  });
});

afterAll(async () => {
  await worker?.stop();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

const waitFor = async <T>(probe: () => Promise<T | undefined>, timeoutMs = 45_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error("Timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

const clientWithWebhook = async (path: string) => {
  const client = await apiClientActor(admin);
  const { secret } = await setApiClientWebhook({
    actor: admin,
    id: client.id as string,
    input: { url: `${base}${path}` },
  });
  return { client, secret };
};

const submit = (client: TActor) =>
  submitCertifyTransaction({
    actor: client,
    requests: [
      divocCertificationRequest({
        identity: aadhaar(),
        facility: { name: catalogue.facility.name },
        vaccination: { name: catalogue.covishield.name },
      }),
    ],
    idempotencyKey: null,
  });

const finalDelivery = (transactionId: string) =>
  waitFor(async () => {
    const delivery = await prisma.webhookDelivery.findUnique({ where: { transactionId } });
    if (delivery?.status === "DELIVERED") return delivery;
    if (delivery?.status === "FAILED" && delivery.attempts >= MAX_WEBHOOK_ATTEMPTS) return delivery;
    return undefined;
  });

describe("the certify worker and API client webhooks", () => {
  it("certifies a submitted transaction and posts its answer signed with the webhook's secret", async () => {
    const { client, secret } = await clientWithWebhook("/ok");
    const { transactionId } = await submit(client);
    const delivery = await finalDelivery(transactionId);
    expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 1, lastStatusCode: 200, lastError: null });

    const call = calls.find(({ rawBody }) => rawBody.includes(transactionId)) as TCall;
    expect(call.signature).toBe(webhookSignature(call.rawBody, secret));
    expect(call.signature).not.toBe(webhookSignature(call.rawBody, `${secret}x`));
    const callback = JSON.parse(call.rawBody) as TCertifyTransactionCallback;
    expect(callback).toEqual({ transactionId, ...(await getCertifyTransaction({ actor: client, id: transactionId })) });
    expect(callback.status).toBe("done");
    expect(callback.certificates).toHaveLength(1);

    const shown = await getApiClientWebhook({ actor: admin, id: client.id as string });
    expect(shown.webhook?.url).toBe(`${base}/ok`);
    expect(JSON.stringify(shown)).not.toContain(secret);
    expect(shown.deliveries).toEqual([
      expect.objectContaining({ transactionId, status: "delivered", attempts: 1, lastStatusCode: 200 }),
    ]);
  });

  it("tries a failing receiver again after growing delays, then shows the delivery failed", async () => {
    const { client } = await clientWithWebhook("/down");
    const { transactionId } = await submit(client);
    const delivery = await finalDelivery(transactionId);
    expect(delivery).toMatchObject({ status: "FAILED", attempts: MAX_WEBHOOK_ATTEMPTS, lastStatusCode: 503 });
    expect(delivery.lastError).toBe("Answered 503: not now");
    const tries = calls.filter(({ path, rawBody }) => path === "/down" && rawBody.includes(transactionId));
    expect(tries).toHaveLength(MAX_WEBHOOK_ATTEMPTS);
    const [first, second, third] = tries.map(({ at }) => at) as [number, number, number];
    // pg-boss's backoff draws each delay between half and all of retryDelay·2^try (1–2 s, then 2–4 s), and its
    // polling rounds it up: so the second wait is at least 2 s, though not always longer than the first.
    expect(second - first).toBeGreaterThanOrEqual(900);
    expect(third - second).toBeGreaterThanOrEqual(1_900);
    const shown = await getApiClientWebhook({ actor: admin, id: client.id as string });
    expect(shown.deliveries[0]).toMatchObject({
      status: "failed",
      attempts: MAX_WEBHOOK_ATTEMPTS,
      lastStatusCode: 503,
    });
    // The transaction itself is done whatever its callback's fate.
    expect((await getCertifyTransaction({ actor: client, id: transactionId })).status).toBe("done");
  });

  it("never follows a redirect: the receiver's 302 is a failed try", async () => {
    const { client } = await clientWithWebhook("/moved");
    const { transactionId } = await submit(client);
    const delivery = await finalDelivery(transactionId);
    expect(delivery).toMatchObject({ status: "FAILED", lastStatusCode: 302 });
    const followed = calls.filter(({ path, rawBody }) => path === "/ok" && rawBody.includes(transactionId));
    expect(followed).toEqual([]);
  });

  it("refuses a webhook URL that is not https in production, or that carries a password", async () => {
    expect(() => assertWebhookUrl("http://hooks.example.org/vax", true)).toThrow(/https/);
    expect(assertWebhookUrl("https://hooks.example.org/vax", true).hostname).toBe("hooks.example.org");
    const client = await apiClientActor(admin);
    const refusal = await rejection(
      setApiClientWebhook({
        actor: admin,
        id: client.id as string,
        input: { url: "https://user:pw@hooks.example.org/" },
      }),
    );
    expect(refusal.code).toBe("VALIDATION_FAILED");
  });
});
