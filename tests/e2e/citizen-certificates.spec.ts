import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { demoApiToken, demoRecipients } from "@vax/db/seed";
import { decodeQrImage, pdfText, qrCodesInPdf, scratchFolder } from "./support/certificate-files";
import { signInAsCitizen } from "./support/citizen-sign-in";
import { expect, test, watchContentSecurityPolicy } from "./support/test";
import { urls } from "./support/urls";

const FAMILY_MOBILE = "9876500001";
const family = demoRecipients
  .filter(({ mobile }) => mobile === FAMILY_MOBILE)
  .map(({ name }) => name)
  .sort((a, b) => a.localeCompare(b));
const FILE_STEM = "vaccination-certificate-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}";

const verifyQr = async (page: Page, qr: string) => {
  const response = await page.request.post(`${urls.verify}/api/v1/verify`, { data: { qr } });
  expect(response.status()).toBe(200);
  return response.json();
};

// One sign-in for the whole family: a number may be sent one code a minute.
test.describe.configure({ mode: "serial" });

test.describe("a citizen's certificates", () => {
  let context: BrowserContext;
  let page: Page;

  const ravi = () => page.getByRole("region", { name: "Ravi Kumar" });
  const raviCurrent = () => ravi().getByRole("article").first();
  const raviCertificateId = async () => {
    const href = await raviCurrent().getByRole("link", { name: "Download PDF" }).getAttribute("href");
    const id = /\/api\/v1\/certificates\/([^/]+)\/pdf\?lang=en$/.exec(href ?? "")?.[1];
    if (!id) throw new Error(`No certificate link: ${href}`);
    return decodeURIComponent(id);
  };

  test.beforeAll(async ({ browser }) => {
    context = await browser.newContext();
    await watchContentSecurityPolicy(context);
    page = await context.newPage();
    await signInAsCitizen(page, FAMILY_MOBILE);
  });

  test.afterAll(async () => {
    await context.close();
  });

  test("sees the certificates of the three people on the number, grouped by person, current ones first", async () => {
    await page.goto(urls.citizen);
    await expect(page.getByRole("region")).toHaveCount(3);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(family);

    await expect(raviCurrent()).toContainText("Dose 2 of 2 · Fully vaccinated");
    await expect(raviCurrent()).toContainText("Valid");
    const doses = raviCurrent().getByRole("list", { name: "Doses" }).getByRole("listitem");
    await expect(doses).toHaveCount(2);
    await expect(doses.nth(0)).toContainText("Dose 1 · COVISHIELD");
    await expect(doses.nth(0)).toContainText("Batch 4121Z005");
    await expect(doses.nth(1)).toContainText("Dose 2 · COVISHIELD");
    await expect(doses.nth(1)).toContainText("Batch 4121Z040");
    await ravi().getByText("Earlier certificates (1)").click();
    await expect(ravi().getByRole("article").nth(1)).toContainText("Dose 1 of 2 · Partially vaccinated");

    const lakshmi = page.getByRole("region", { name: "Lakshmi Ravi" });
    await expect(lakshmi.getByRole("article")).toHaveCount(1);
    await expect(lakshmi.getByRole("article")).toContainText("COVAXIN");
    await expect(lakshmi.getByRole("article")).toContainText("Dose 1 of 2 · Partially vaccinated");
    await expect(page.getByRole("region", { name: "Arjun Ravi" }).getByRole("article")).toContainText("MR-VAC");
  });

  test("downloads the PDF, and the QR code read off its picture verifies", async () => {
    await page.goto(urls.citizen);
    const scratch = scratchFolder();
    try {
      const downloading = page.waitForEvent("download");
      await raviCurrent().getByRole("link", { name: "Download PDF" }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${FILE_STEM}\\.pdf$`));
      const pdf = path.join(scratch.folder, "certificate.pdf");
      await download.saveAs(pdf);
      expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const text = pdfText(pdf);
      for (const expected of ["Ravi Kumar", "COVISHIELD", "4121Z005", "4121Z040", await raviCertificateId()]) {
        expect(text).toContain(expected);
      }

      const codes = qrCodesInPdf(pdf, scratch.folder);
      expect(codes).toHaveLength(1);
      const result = await verifyQr(page, codes[0] as string);
      expect(result).toMatchObject({ verified: true, format: "w3c", subject: { name: "Ravi Kumar" } });
      expect(result.checks).toContainEqual(expect.objectContaining({ name: "signature", status: "passed" }));
    } finally {
      scratch.remove();
    }
  });

  test("downloads the QR code picture and the signed credential", async () => {
    await page.goto(urls.citizen);
    const scratch = scratchFolder();
    try {
      const downloading = page.waitForEvent("download");
      await raviCurrent().getByRole("link", { name: "QR code (PNG)" }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${FILE_STEM}-qr\\.png$`));
      const png = path.join(scratch.folder, "qr.png");
      await download.saveAs(png);
      const [qr] = decodeQrImage(png);
      expect(qr).toBeTruthy();
      expect(await verifyQr(page, qr as string)).toMatchObject({ verified: true, subject: { name: "Ravi Kumar" } });
    } finally {
      scratch.remove();
    }

    const href = await raviCurrent().getByRole("link", { name: "Signed credential (JSON)" }).getAttribute("href");
    const response = await page.request.get(`${urls.citizen}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expect(response.headers()["content-disposition"]).toMatch(
      new RegExp(`^attachment; filename="${FILE_STEM}\\.json"$`),
    );
    const credential = await response.json();
    expect(credential).toMatchObject({
      id: `urn:vax:certificate:${await raviCertificateId()}`,
      credentialSubject: { name: "Ravi Kumar" },
      proof: { type: "DataIntegrityProof", cryptosuite: "eddsa-rdfc-2022" },
    });
    const checked = await page.request.post(`${urls.verify}/api/v1/verify`, { data: { credential } });
    expect(await checked.json()).toMatchObject({ verified: true });
  });

  test("answers the certificate API for an API client of the tenant, 401 without a sign-in, 404 for another number", async ({
    browser,
    request,
  }) => {
    await page.goto(urls.citizen);
    const id = await raviCertificateId();
    const api = `${urls.citizen}/api/v1/certificates/${id}`;

    const anonymous = await request.get(api);
    expect(anonymous.status()).toBe(401);
    expect(await anonymous.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
    const badToken = await request.get(api, {
      headers: { Authorization: "Bearer vax_000000000000_not-a-real-secret-at-all" },
    });
    expect(badToken.status()).toBe(401);

    const bearer = { Authorization: `Bearer ${demoApiToken}` };
    const json = await request.get(api, { headers: bearer });
    expect(json.status()).toBe(200);
    expect(await json.json()).toMatchObject({ id: `urn:vax:certificate:${id}` });
    const pdf = await request.get(`${api}/pdf`, { headers: bearer });
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect(pdf.headers()["content-disposition"]).toBe(`attachment; filename="vaccination-certificate-${id}.pdf"`);
    const png = await request.get(`${api}/qr.png`, { headers: bearer });
    expect(png.headers()["content-type"]).toBe("image/png");
    expect((await png.body()).subarray(1, 4).toString("latin1")).toBe("PNG");
    const unknown = await request.get(`${urls.citizen}/api/v1/certificates/0000-0000-0000/pdf`, { headers: bearer });
    expect(unknown.status()).toBe(404);

    const neighbour = await browser.newContext();
    await watchContentSecurityPolicy(neighbour);
    try {
      const neighbourPage = await neighbour.newPage();
      await signInAsCitizen(neighbourPage, "9876500002");
      await expect(neighbourPage.getByRole("heading", { level: 2 })).toHaveText(["Priya Sharma"]);
      for (const suffix of ["", "/pdf", "/qr.png"]) {
        const response = await neighbourPage.request.get(`${api}${suffix}`);
        expect(response.status()).toBe(404);
        expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
      }
    } finally {
      await neighbour.close();
    }
  });

  test("signs out, after which neither the page nor the downloads open", async () => {
    await page.goto(urls.citizen);
    const id = await raviCertificateId();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto(urls.citizen);
    await expect(page).toHaveURL(/\/sign-in/);
    const response = await page.request.get(`${urls.citizen}/api/v1/certificates/${id}/pdf`);
    expect(response.status()).toBe(401);
  });
});
