import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { createPrismaClient } from "@vax/db";
import { demoApiToken } from "@vax/db/seed";
import { decodeQrImage, qrCodesInPdf, scratchFolder } from "./support/certificate-files";
import { signInAsCitizen } from "./support/citizen-sign-in";
import { freshMobile } from "./support/facility";
import { expect, test, watchContentSecurityPolicy } from "./support/test";
import { urls } from "./support/urls";

type TCertified = { certificateId: string; credential: Record<string, unknown>; qr: string };

const FORMATS = [
  { key: "eu-dcc", button: "EU DCC", name: "EU Digital COVID Certificate", prefix: /^HC1:/, format: "eu-dcc" },
  { key: "shc", button: "SMART Health Card", name: "SMART Health Card", prefix: /^shc:\/\d+$/, format: "shc" },
] as const;

// Dose 1 of COVISHIELD for a person on a number no other test uses, through the certify API.
const certifyFor = async (page: Page, mobile: string): Promise<TCertified> => {
  const response = await page.request.post(`${urls.facility}/api/v1/certify`, {
    headers: { authorization: `Bearer ${demoApiToken}` },
    data: [
      divocCertificationRequest({
        identity: String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12),
        recipient: { name: "Kavya Nair Menon", contact: [`tel:${mobile}`] },
      }),
    ],
  });
  expect(response.status(), await response.text()).toBe(200);
  const [certificate] = ((await response.json()) as { certificates: TCertified[] }).certificates;
  if (!certificate) throw new Error("The certify API issued no certificate");
  return certificate;
};

const verified = async (page: Page, qr: string) => {
  const response = await page.request.post(`${urls.verify}/api/v1/verify`, { data: { qr } });
  expect(response.status()).toBe(200);
  return response.json();
};

test.describe("a citizen's certificate in the other formats", () => {
  test("shows and downloads the EU DCC and the SMART Health Card, each verifies, and every copy of the native QR is the same", async ({
    browser,
  }) => {
    // A certificate issued, a sign-in, two formats and a PDF read back: more than the default 30 s on a busy machine.
    test.setTimeout(120_000);
    const context = await browser.newContext();
    await watchContentSecurityPolicy(context);
    const page = await context.newPage();
    const scratch = scratchFolder();
    try {
      const mobile = freshMobile();
      const certified = await certifyFor(page, mobile);
      await signInAsCitizen(page, mobile);
      const card = page.getByRole("article", { name: new RegExp(certified.certificateId) });
      await expect(card).toBeVisible();

      for (const format of FORMATS) {
        await card.getByRole("button", { name: `Show ${format.button} QR` }).click();
        const picture = card.getByRole("img", { name: `${format.name} QR code` });
        await expect(picture).toBeVisible();
        const downloading = page.waitForEvent("download");
        await card.getByRole("link", { name: `Download ${format.button} QR (PNG)` }).click();
        const download = await downloading;
        expect(download.suggestedFilename()).toBe(
          `vaccination-certificate-${certified.certificateId}-${format.key}.png`,
        );
        const file = path.join(scratch.folder, `${format.key}.png`);
        await download.saveAs(file);
        const [qr] = decodeQrImage(file);
        expect(qr).toMatch(format.prefix);

        // The text route answers the very QR the picture holds, every time.
        const text = await page.request.get(
          `${urls.citizen}/api/v1/certificates/${certified.certificateId}/${format.key}`,
        );
        expect(text.status()).toBe(200);
        expect(await text.json()).toEqual({ qr });

        const result = await verified(page, qr as string);
        expect(result.checks.filter((check: { status: string }) => check.status === "failed")).toEqual([]);
        expect(result).toMatchObject({
          verified: true,
          format: format.format,
          subject: { name: expect.stringContaining("Menon") },
        });
        await card.getByRole("button", { name: `Hide ${format.button} QR` }).click();
        await expect(picture).toBeHidden();
      }

      // One certificate, one QR: the certify answer's document and QR are what the citizen downloads.
      const api = `${urls.citizen}/api/v1/certificates/${certified.certificateId}`;
      expect(await (await page.request.get(api)).text()).toBe(JSON.stringify(certified.credential));
      const qrPicture = path.join(scratch.folder, "qr.png");
      writeFileSync(qrPicture, await (await page.request.get(`${api}/qr.png`)).body());
      expect(decodeQrImage(qrPicture)).toEqual([certified.qr]);
      const pdf = path.join(scratch.folder, "certificate.pdf");
      writeFileSync(pdf, await (await page.request.get(`${api}/pdf`)).body());
      const pdfPictures = path.join(scratch.folder, "pdf");
      mkdirSync(pdfPictures);
      expect(qrCodesInPdf(pdf, pdfPictures)).toEqual([certified.qr]);
    } finally {
      scratch.remove();
      await context.close();
    }
  });

  test("offers no downloads for a revoked certificate, in any format, and the routes say why", async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext();
    await watchContentSecurityPolicy(context);
    const page = await context.newPage();
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error("DATABASE_URL is not set: run the e2e tests through `npm run test:e2e`");
    const db = createPrismaClient(databaseUrl, 1);
    try {
      const mobile = freshMobile();
      const certified = await certifyFor(page, mobile);
      await db.certificate.update({
        where: { certificateId: certified.certificateId },
        data: { status: "REVOKED", statusReason: "Entered for the wrong person", currentSlot: null },
      });
      await signInAsCitizen(page, mobile);
      // A revoked certificate is no longer current, so it is among the earlier ones.
      await page.getByText("Earlier certificates (1)").click();
      const card = page.getByRole("article", { name: new RegExp(certified.certificateId) });
      await expect(card).toContainText("Revoked");
      await expect(card.getByRole("button", { name: /Show .* QR/ })).toHaveCount(0);
      await expect(card.getByRole("link", { name: "Download PDF" })).toHaveCount(0);
      await expect(card).toContainText("A revoked certificate has no downloads.");
      for (const suffix of ["", "/pdf", "/qr.png", "/eu-dcc", "/shc", "/eu-dcc.png", "/shc.png"]) {
        const response = await page.request.get(
          `${urls.citizen}/api/v1/certificates/${certified.certificateId}${suffix}`,
        );
        expect(response.status()).toBe(422);
        expect(await response.json()).toMatchObject({
          error: { code: "UNPROCESSABLE", message: expect.stringContaining("was revoked, so it has no downloads") },
        });
      }
    } finally {
      await db.$disconnect();
      await context.close();
    }
  });
});
