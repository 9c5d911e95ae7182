import { randomBytes } from "node:crypto";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken } from "@vax/db/seed";
import { rawRequest } from "./support/raw-http";
import { signInAsTenantAdmin, unique } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

const verifyUrl = `${urls.verify}/api/v1/verify`;
const certifyUrl = `${urls.facility}/api/v1/certify`;
const programmesUrl = `${urls.admin}/api/v1/programmes`;
const bearer = { authorization: `Bearer ${demoApiToken}` };

// A credential padded to about `bytes` of JSON: the verifier reads it and says it is not valid.
const paddedCredential = (bytes: number) => ({
  credential: { type: ["VerifiableCredential"], padding: "x".repeat(bytes) },
});

const certificationRequest = () =>
  divocCertificationRequest({ identity: String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12) });

test.describe("request bodies are capped, per route", () => {
  test("the verify API reads at most 64 KB, whether Content-Length says so or the body streams in chunks", async ({
    request,
  }) => {
    const within = await request.post(verifyUrl, { data: paddedCredential(60_000) });
    expect(within.status()).toBe(200);
    expect(await within.json()).toMatchObject({ verified: false });

    const declared = await request.post(verifyUrl, { data: paddedCredential(70_000) });
    expect(declared.status()).toBe(413);
    expect(await declared.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });

    // No Content-Length at all: 100 chunks of 1 KB, cut off once past the limit.
    const json = Buffer.from(JSON.stringify(paddedCredential(100_000)));
    const chunks = Array.from({ length: Math.ceil(json.length / 1024) }, (_, index) =>
      json.subarray(index * 1024, (index + 1) * 1024),
    );
    const streamed = await rawRequest({
      url: verifyUrl,
      headers: { "content-type": "application/json" },
      body: chunks,
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
  });

  test("the certify API takes a batch past 64 KB and refuses a body over 5 MB before reading it", async ({
    request,
  }) => {
    const batch = Array.from({ length: 150 }, certificationRequest);
    expect(JSON.stringify(batch).length).toBeGreaterThan(64 * 1024);
    const taken = await request.post(certifyUrl, { data: batch, headers: bearer });
    expect(taken.status()).toBe(200);
    expect((await taken.json()).certificates).toHaveLength(150);

    const huge = Array.from({ length: 9_000 }, () => batch[0]);
    expect(JSON.stringify(huge).length).toBeGreaterThan(5 * 1024 * 1024);
    const refused = await request.post(certifyUrl, { data: huge, headers: bearer });
    expect(refused.status()).toBe(413);
    expect(await refused.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
  });
});

test.describe("writes take JSON only, and with a session only from the app's own pages", () => {
  test("a body that is not JSON is refused with 415, whoever sends it", async ({ page, request }) => {
    const verify = await request.post(verifyUrl, {
      data: JSON.stringify({ qr: "HC1:NCF" }),
      headers: { "content-type": "text/plain" },
    });
    expect(verify.status()).toBe(415);
    expect(await verify.json()).toMatchObject({ error: { code: "UNSUPPORTED_MEDIA_TYPE" } });

    const certify = await request.post(certifyUrl, {
      data: JSON.stringify([certificationRequest()]),
      headers: { ...bearer, "content-type": "application/x-www-form-urlencoded" },
    });
    expect(certify.status()).toBe(415);

    await signInAsTenantAdmin(page, urls.admin);
    const name = unique("Plain text programme");
    const programme = await page.request.post(programmesUrl, {
      data: JSON.stringify({ name, disease: "Measles" }),
      headers: { "content-type": "text/plain", origin: urls.admin },
    });
    expect(programme.status()).toBe(415);
    const list = await page.request.get(`${programmesUrl}?q=${encodeURIComponent(name)}&status=all`);
    expect((await list.json()).total).toBe(0);
  });

  test("a write with the session cookie needs the app's own Origin (403 otherwise); an API token needs none", async ({
    page,
    request,
  }) => {
    await signInAsTenantAdmin(page, urls.admin);
    const create = (origin?: string) =>
      page.request.post(programmesUrl, {
        data: { name: unique("Origin check"), disease: "Measles" },
        headers: origin ? { origin } : {},
      });
    for (const origin of [undefined, "http://evil.example", urls.facility, "null"]) {
      const refused = await create(origin);
      expect(refused.status(), `Origin ${origin}`).toBe(403);
      expect(await refused.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
    }
    expect((await create(urls.admin)).status()).toBe(201);

    const tokenCall = await request.post(certifyUrl, { data: [certificationRequest()], headers: bearer });
    expect(tokenCall.status()).toBe(200);
  });

  test("a page on another port of the same host cannot make a signed-in admin's browser create a programme", async ({
    page,
  }) => {
    await signInAsTenantAdmin(page, urls.admin);
    const name = unique("Forged programme");
    // The classic JSON CSRF: a text/plain form whose one field's name and value add up to a JSON body.
    // The page is same-site with the admin portal (localhost), so the browser sends the Lax session cookie.
    const field = `{"name":"${name}","disease":"Measles","padding":"`;
    const attacker = "http://localhost:4999/prize";
    await page.route(attacker, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<form method="post" action="${programmesUrl}" enctype="text/plain"><input name='${field}' value='"}'></form>
          <script>document.forms[0].submit()</script>`,
      }),
    );
    const answer = page.waitForResponse(programmesUrl);
    await page.goto(attacker);
    expect([403, 415]).toContain((await answer).status());

    const list = await page.request.get(`${programmesUrl}?q=${encodeURIComponent(name)}&status=all`);
    expect((await list.json()).total).toBe(0);
  });
});
