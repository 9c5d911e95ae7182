import { createHmac, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { openApiValidator } from "./support/openapi-validator";
import { signInAsTenantAdmin, unique } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

const TOKEN = /^vax_[0-9a-f]{12}_[A-Za-z0-9_-]{20,}$/;
const SECRET = /^[0-9a-f]{64}$/;

type TCallback = { signature: string; rawBody: string };

// The calling system's receiver: keeps each callback's raw body and signature as it arrived.
const startReceiver = async () => {
  const received: TCallback[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({
        signature: String(request.headers["x-vax-signature"] ?? ""),
        rawBody: Buffer.concat(chunks).toString("utf8"),
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/vax-callbacks`;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { url, received, close };
};

test.describe("asynchronous certify with a webhook", () => {
  test("an admin registers a webhook, an async certify call is answered 202, and the signed callback shows as delivered", async ({
    page,
    request,
  }) => {
    const receiver = await startReceiver();
    try {
      const name = unique("Async hospital system");
      await signInAsTenantAdmin(page, urls.admin);
      await page.goto(`${urls.admin}/api-clients/new`);
      await page.getByLabel("Name", { exact: true }).fill(name);
      await page.getByRole("checkbox", { name: "certificate:issue" }).check();
      await page.getByRole("button", { name: "Save" }).click();
      const token = (await page.getByText(TOKEN).textContent())?.trim() ?? "";
      expect(token).toMatch(TOKEN);

      await page.goto(`${urls.admin}/api-clients`);
      await page.getByLabel("Search by name or prefix").fill(name);
      await page.getByRole("table").getByRole("link", { name }).click();
      await page.getByLabel("Webhook URL").fill(receiver.url);
      await page.getByRole("button", { name: "Save webhook" }).click();
      await expect(page.getByText("Copy the signing secret now: it will not be shown again")).toBeVisible();
      const secret = (await page.getByText(SECRET).textContent())?.trim() ?? "";
      expect(secret).toMatch(SECRET);

      const accepted = await request.post(`${urls.facility}/api/v1/certify`, {
        data: [
          divocCertificationRequest({
            identity: String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12),
            vaccination: { effectiveStart: "2026-11-30", effectiveUntil: "2027-11-30" },
          }),
        ],
        headers: { authorization: `Bearer ${token}`, prefer: "respond-async" },
      });
      expect(accepted.status()).toBe(202);
      const documented = await openApiValidator(request, urls.facility);
      await documented("POST", "/api/v1/certify", accepted);
      const { transactionId } = (await accepted.json()) as { transactionId: string };

      await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBe(1);
      const [callback] = receiver.received as [TCallback];
      expect(callback.signature).toBe(createHmac("sha256", secret).update(callback.rawBody).digest("hex"));
      const body = JSON.parse(callback.rawBody) as { transactionId: string; status: string; certificates: unknown[] };
      expect(body).toMatchObject({ transactionId, status: "done" });
      expect(body.certificates).toHaveLength(1);
      const polled = await request.get(`${urls.facility}/api/v1/transactions/${transactionId}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      await documented("GET", "/api/v1/transactions/{id}", polled);
      expect(await polled.json()).toEqual({ status: "done", certificates: body.certificates });

      const row = page.getByRole("row").filter({ hasText: transactionId });
      await expect(row).toContainText("Delivered", { timeout: 15_000 });
      await expect(row).toContainText("Answered 204");
    } finally {
      await receiver.close();
    }
  });
});
