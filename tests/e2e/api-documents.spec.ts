import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken, demoRecipients } from "@vax/db/seed";
import { signInAsVaccinator } from "./support/facility";
import { openApiValidator } from "./support/openapi-validator";
import { signInAsTenantAdmin } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

const bearer = { authorization: `Bearer ${demoApiToken}` };

// One fresh certificate, issued through the certify API as a hospital system would.
const certifyOne = async (request: APIRequestContext) => {
  const body = [
    divocCertificationRequest({
      identity: String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12),
      vaccination: { effectiveStart: "2026-11-30", effectiveUntil: "2027-11-30" },
    }),
  ];
  const response = await request.post(`${urls.facility}/api/v1/certify`, { data: body, headers: bearer });
  return {
    response,
    certificate: ((await response.json()) as { certificates: Array<{ certificateId: string; qr: string }> })
      .certificates[0],
  };
};

test.describe("the API documents", () => {
  test("the verify app's docs page lists its operations and shows a request body's schema", async ({ page }) => {
    await page.goto(`${urls.verify}/api/docs`);
    await expect(page.getByRole("heading", { name: "Verify API", level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "Verification" }).click();
    await expect(page).toHaveURL(/#tag-Verification$/);
    const verify = page.locator("#postApiV1Verify");
    await expect(verify.getByRole("heading", { name: "POST /api/v1/verify" })).toBeVisible();
    await verify.getByText("Schema").first().click();
    await expect(verify.getByText('"qr"').first()).toBeVisible();
    await page.getByRole("link", { name: "/api/openapi.json" }).click();
    await expect(page.getByText('"openapi":"3.1.0"')).toBeVisible();
  });

  for (const [app, baseUrl] of Object.entries(urls)) {
    test(`the ${app} app serves an OpenAPI 3.1 document and a docs page`, async ({ request }) => {
      const check = await openApiValidator(request, baseUrl);
      await check("GET", "/api/health", await request.get(`${baseUrl}/api/health`));
      const docs = await request.get(`${baseUrl}/api/docs`);
      await check("GET", "/api/docs", docs);
      expect(await docs.text()).toContain("<code>/api/health</code>");
    });
  }

  test("the facility, citizen and verify apps answer as their documents say", async ({ request }) => {
    const facility = await openApiValidator(request, urls.facility);
    const citizen = await openApiValidator(request, urls.citizen);
    const verify = await openApiValidator(request, urls.verify);

    const { response: certified, certificate } = await certifyOne(request);
    await facility("POST", "/api/v1/certify", certified);
    expect(certificate?.certificateId).toBeTruthy();
    const id = certificate?.certificateId ?? "";
    await facility(
      "POST",
      "/api/v1/certify",
      await request.post(`${urls.facility}/api/v1/certify`, { data: [{}], headers: bearer }),
    );
    await facility("POST", "/api/v1/certify", await request.post(`${urls.facility}/api/v1/certify`, { data: [] }));
    const suspend = `${urls.facility}/api/v1/certificates/${id}/suspend`;
    await facility(
      "POST",
      "/api/v1/certificates/{id}/suspend",
      await request.post(suspend, { data: { reason: "Checked by the API document test" }, headers: bearer }),
    );
    const reinstate = `${urls.facility}/api/v1/certificates/${id}/reinstate`;
    await facility(
      "POST",
      "/api/v1/certificates/{id}/reinstate",
      await request.post(reinstate, { data: { reason: "Check done" }, headers: bearer }),
    );

    const certificateUrl = `${urls.citizen}/api/v1/certificates/${id}`;
    await citizen(
      "GET",
      "/api/v1/certificates/{certificateId}",
      await request.get(certificateUrl, { headers: bearer }),
    );
    await citizen(
      "GET",
      "/api/v1/certificates/{certificateId}/eu-dcc",
      await request.get(`${certificateUrl}/eu-dcc`, { headers: bearer }),
    );
    await citizen("GET", "/api/v1/certificates/{certificateId}", await request.get(certificateUrl));
    await citizen(
      "POST",
      "/api/v1/one-time-codes",
      await request.post(`${urls.citizen}/api/v1/one-time-codes`, { data: { mobile: "x" } }),
    );

    await verify(
      "POST",
      "/api/v1/verify",
      await request.post(`${urls.verify}/api/v1/verify`, { data: { qr: certificate?.qr } }),
    );
    await verify(
      "POST",
      "/api/v1/verify",
      await request.post(`${urls.verify}/api/v1/verify`, { data: { qr: "not a certificate" } }),
    );
    await verify(
      "POST",
      "/api/v1/verify",
      await request.post(`${urls.verify}/api/v1/verify`, { data: { nothing: 1 } }),
    );
    await verify("GET", "/api/v1/trust-list", await request.get(`${urls.verify}/api/v1/trust-list`));
    await verify("GET", "/api/v1/dsc-list", await request.get(`${urls.verify}/api/v1/dsc-list`));

    // Revoking the certificate, whose EU DCC the citizen API made above, puts its signer's kid on the DCC lists.
    await facility(
      "POST",
      "/api/v1/certificates/{id}/revoke",
      await request.post(`${urls.facility}/api/v1/certificates/${id}/revoke`, {
        data: { reason: "Checked by the API document test" },
        headers: bearer,
      }),
    );
    const lists = await request.get(`${urls.verify}/api/v1/dcc-revocation/lists`);
    await verify("GET", "/api/v1/dcc-revocation/lists", lists);
    const [list] = (await lists.json()) as Array<{ kid: string }>;
    expect(list?.kid).toBeTruthy();
    const listUrl = `${urls.verify}/api/v1/dcc-revocation/lists/${encodeURIComponent(list?.kid ?? "")}`;
    await verify("GET", "/api/v1/dcc-revocation/lists/{kid}/hashes", await request.get(`${listUrl}/hashes`));
    await verify("GET", "/api/v1/dcc-revocation/lists/{kid}/partitions", await request.get(`${listUrl}/partitions`));
  });

  test("the admin portal answers as its document says", async ({ page }) => {
    await signInAsTenantAdmin(page, urls.admin);
    const admin = await openApiValidator(page.request, urls.admin);
    const list = await page.request.get(`${urls.admin}/api/v1/facilities?pageSize=5`);
    await admin("GET", "/api/v1/facilities", list);
    const [first] = ((await list.json()) as { items: Array<{ id: string }> }).items;
    await admin(
      "GET",
      "/api/v1/facilities/{id}",
      await page.request.get(`${urls.admin}/api/v1/facilities/${first?.id}`),
    );
    await admin(
      "GET",
      "/api/v1/facilities/{id}",
      await page.request.get(`${urls.admin}/api/v1/facilities/no-such-facility`),
    );
    const found = await page.request.get(`${urls.admin}/api/v1/certificates?q=${demoRecipients[0]?.mobile}`);
    await admin("GET", "/api/v1/certificates", found);
    const [certificate] = ((await found.json()) as { items: Array<{ id: string }> }).items;
    await admin(
      "GET",
      "/api/v1/certificates/{id}",
      await page.request.get(`${urls.admin}/api/v1/certificates/${certificate?.id}`),
    );
    for (const list of [
      "programmes",
      "templates",
      "vaccines",
      "tenants",
      "users",
      "api-clients",
      "pre-enrolments",
      "audit-events",
      "keys",
      "feedback",
      "feedback/facilities",
      "correction-requests",
    ]) {
      await admin("GET", `/api/v1/${list}`, await page.request.get(`${urls.admin}/api/v1/${list}`));
    }
  });

  test("the facility app's own pages' API answers as its document says", async ({ page }) => {
    await signInAsVaccinator(page);
    const facility = await openApiValidator(page.request, urls.facility);
    const mobile = demoRecipients[0]?.mobile ?? "";
    const found = await page.request.get(`${urls.facility}/api/v1/recipients?q=${mobile}`);
    await facility("GET", "/api/v1/recipients", found);
    const [recipient] = ((await found.json()) as { items: Array<{ id: string }> }).items;
    expect(recipient).toBeTruthy();
    await facility(
      "GET",
      "/api/v1/recipients/{id}/doses",
      await page.request.get(`${urls.facility}/api/v1/recipients/${recipient?.id}/doses`),
    );
    await facility("GET", "/api/v1/recipients", await page.request.get(`${urls.facility}/api/v1/recipients?q=1`));
  });
});
