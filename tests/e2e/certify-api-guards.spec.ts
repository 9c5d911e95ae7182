import { randomBytes, randomInt } from "node:crypto";
import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken } from "@vax/db/seed";
import { signInAsTenantAdmin } from "./support/sign-in";
import { urls } from "./support/urls";

const certifyUrl = `${urls.facility}/api/v1/certify`;
// The platform's default allowance of certificates a minute per API client (VAX_CERTIFY_MAX_PER_MINUTE).
const ALLOWANCE_PER_MINUTE = 10_000;

type TErrorAnswer = { error: { code: string; message: string; details: Array<{ path: string; message: string }> } };
type TCertified = { certificates: Array<{ certificateId: string; credential: Record<string, unknown> }> };

const freshRow = (changes: Parameters<typeof divocCertificationRequest>[0] = {}) =>
  divocCertificationRequest({
    identity: String(randomInt(2, 10)) + String(randomInt(0, 10 ** 11)).padStart(11, "0"),
    ...changes,
  });

const certify = (request: APIRequestContext, token: string, body: unknown, headers: Record<string, string> = {}) =>
  request.post(certifyUrl, { data: body, headers: { authorization: `Bearer ${token}`, ...headers } });

// A second hospital system of the demo tenant, made in the admin portal's API as a tenant admin.
const newApiClientToken = async (page: Page) => {
  await signInAsTenantAdmin(page, urls.admin);
  const created = await page.request.post(`${urls.admin}/api/v1/api-clients`, {
    data: { name: `Hospital system ${randomBytes(4).toString("hex")}`, scopes: ["certificate:issue"] },
    headers: { origin: urls.admin },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { token: string }).token;
};

test.describe("the certify API answers a repeat only to the client that asked", () => {
  test("a used Idempotency-Key with another body is 409, another client gets nothing of a certificate, a contradicting identity is a row error", async ({
    page,
    request,
  }) => {
    const key = `e2e-${randomBytes(6).toString("hex")}`;
    const row = freshRow();
    const first = await certify(request, demoApiToken, [row], { "idempotency-key": key });
    expect(first.status()).toBe(200);
    const [issued] = ((await first.json()) as TCertified).certificates;

    const changed = await certify(request, demoApiToken, [{ ...row, vaccinator: { name: "Someone Else" } }], {
      "idempotency-key": key,
    });
    expect(changed.status()).toBe(409);
    expect(((await changed.json()) as TErrorAnswer).error).toMatchObject({
      code: "CONFLICT",
      details: [{ path: "0", message: "This row differs from the row first sent under this Idempotency-Key" }],
    });

    const otherToken = await newApiClientToken(page);
    for (const headers of [{ "idempotency-key": key }, {}] as Record<string, string>[]) {
      const copied = await certify(request, otherToken, [row], headers);
      expect(copied.status()).toBe(422);
      const text = await copied.text();
      expect(text).not.toContain(issued?.certificateId);
      expect((JSON.parse(text) as TErrorAnswer).error.details).toEqual([
        { path: "0.vaccination.dose", message: expect.stringContaining("is already certified for this recipient") },
      ]);
    }

    const impostor = await certify(request, demoApiToken, [
      { ...row, recipient: { ...row.recipient, name: "Somebody Else", gender: "Female" } },
    ]);
    expect(impostor.status()).toBe(422);
    const refused = await impostor.text();
    expect(refused).not.toContain(row.recipient.name);
    expect((JSON.parse(refused) as TErrorAnswer).error.details.map(({ path, message }) => ({ path, message }))).toEqual(
      [
        {
          path: "0.recipient.name",
          message: expect.stringMatching(/^recipient\.name, recipient\.gender do not match/),
        },
      ],
    );

    const repeat = await certify(request, demoApiToken, [row]);
    expect(((await repeat.json()) as TCertified).certificates.map(({ certificateId }) => certificateId)).toEqual([
      issued?.certificateId,
    ]);
  });
});

test.describe("the certify API keeps each client to its allowance and its app responsive", () => {
  test("a burst past a client's minute allowance gets 429 with Retry-After, and other clients keep theirs", async ({
    page,
    request,
  }) => {
    const token = await newApiClientToken(page);
    // Rows no rule lets through (an unknown vaccine): each call uses its allowance and issues nothing.
    const body = Array.from({ length: 1000 }, () => freshRow({ vaccination: { name: "Sputnik V" } }));
    const calls = ALLOWANCE_PER_MINUTE / 1000 + 1;
    const answers = await Promise.all(Array.from({ length: calls }, () => certify(request, token, body)));
    const statuses = answers.map((answer) => answer.status());
    expect(statuses.filter((status) => status === 422)).toHaveLength(calls - 1);
    const limited = answers.filter((answer) => answer.status() === 429);
    expect(limited).toHaveLength(1);
    const [refused] = limited as [(typeof limited)[number]];
    const retryAfter = Number(refused.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as TErrorAnswer).error.code).toBe("RATE_LIMITED");

    const demo = await certify(request, demoApiToken, [freshRow()]);
    expect(demo.status()).toBe(200);
  });

  test("while a thousand-row batch is signed, the facility app answers other requests at once", async ({ request }) => {
    const batch = Array.from({ length: 1000 }, () => freshRow());
    // Warm: the app has signed before, as a running one has.
    expect((await certify(request, demoApiToken, [freshRow()])).status()).toBe(200);

    const started = performance.now();
    let done = false;
    const certified = certify(request, demoApiToken, batch).finally(() => {
      done = true;
    });
    // A page the server itself answers without the database: only a busy event loop would delay it.
    const probes: number[] = [];
    while (!done) {
      const sent = performance.now();
      const probe = await request.get(`${urls.facility}/manifest.webmanifest`);
      expect(probe.status()).toBe(200);
      if (!done) probes.push(performance.now() - sent);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const answer = await certified;
    const tookMs = performance.now() - started;
    expect(answer.status()).toBe(200);
    expect(((await answer.json()) as TCertified).certificates).toHaveLength(1000);
    // Signing on the request's thread made a probe wait for most of the batch; on the pool, a
    // probe waits a moment whatever the machine's load, which slows the batch as much.
    test.info().annotations.push({
      type: "figures",
      description: `batch ${Math.round(tookMs)} ms, ${probes.length} probes, slowest ${Math.round(Math.max(...probes))} ms`,
    });
    expect(probes.length).toBeGreaterThan(5);
    expect(Math.max(...probes)).toBeLessThan(tookMs / 4);
  });
});
