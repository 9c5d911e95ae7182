import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { Page, Response } from "@playwright/test";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken, demoProgrammes } from "@vax/db/seed";
import { signInAsTenantAdmin, unique } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

const textOf = (pdf: Buffer): string =>
  execFileSync("pdftotext", ["-", "-"], { input: pdf, encoding: "utf8" }).replace(/\s+/g, " ");

// The preview the editor asks for once the settings have settled on what the predicate expects.
const previewWhere = (page: Page, sent: (settings: TSentSettings) => boolean): Promise<Response> =>
  page.waitForResponse(
    (response) =>
      response.url().includes("/api/v1/templates/preview") &&
      response.status() === 200 &&
      sent((response.request().postDataJSON() as { settings: TSentSettings }).settings),
    { timeout: 20_000 },
  );

// The PDF of a preview the editor asked for, drawn again from the same request: the page reads the answer into a
// blob for its frame, after which Playwright may no longer hold its body.
const pdfOf = async (page: Page, preview: Response): Promise<Buffer> => {
  const again = await page.request.post(preview.url(), {
    data: preview.request().postDataJSON(),
    headers: { origin: urls.admin },
  });
  expect(again.headers()["content-type"]).toBe("application/pdf");
  return again.body();
};

type TSentSettings = {
  labels: { en: { title: string } };
  blocks: Array<{ type: string; enabled: boolean }>;
};

test("a tenant admin designs a template beside its live preview, saves it, and the demo programme's PDFs print with it", async ({
  page,
  request,
}) => {
  const title = `Immunisation Card ${randomBytes(3).toString("hex").toUpperCase()}`;
  const programme = demoProgrammes[0]?.name ?? "";
  await signInAsTenantAdmin(page, urls.admin);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Templates" }).click();
  await page.getByRole("link", { name: "New template" }).click();
  await expect(page.getByRole("heading", { name: "New certificate template" })).toBeVisible();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(unique("E2E letterhead"));

  // The title typed in shows in the real PDF the preview frame holds.
  const titled = previewWhere(page, (settings) => settings.labels.en.title === title);
  await page.getByLabel("Title (English)", { exact: true }).fill(title);
  const titledPdf = await pdfOf(page, await titled);
  expect(textOf(titledPdf)).toContain(title);
  expect(textOf(titledPdf)).toContain("Ananya Rao");
  const frame = page.getByTitle("Certificate preview with sample data");
  const firstSource = await frame.getAttribute("src");

  // Switching the holder block off (and moving the QR up, with the keyboard) draws a PDF without the holder.
  const withoutHolder = previewWhere(page, (settings) =>
    settings.blocks.some((block) => block.type === "holder" && !block.enabled),
  );
  await page.getByLabel("Show Holder").uncheck();
  await page.getByRole("button", { name: "Move QR code up" }).press("Enter");
  const holderlessPdf = await pdfOf(page, await withoutHolder);
  expect(textOf(holderlessPdf)).toContain(title);
  expect(textOf(holderlessPdf)).not.toContain("Ananya Rao");
  await expect(page.getByTestId("preview-status")).toHaveText("Preview up to date");
  await expect(frame).not.toHaveAttribute("src", firstSource ?? "");

  await page.getByRole("button", { name: "Create template" }).click();
  await expect(page.getByText("Version 1. Saving keeps every earlier version as it was.")).toBeVisible();
  const versions = page.getByRole("region", { name: "Versions" });
  await expect(versions.getByRole("row")).toHaveCount(2);

  // The demo programme chooses version 1; a certificate issued today downloads with the new title and no holder block.
  await page.getByLabel("Programme", { exact: true }).selectOption({ label: programme });
  await page.getByRole("button", { name: "Use for this programme" }).click();
  await expect(page.getByText(`${programme} now prints with version 1.`)).toBeVisible();
  const identity = String(100_000_000_000 + randomBytes(5).readUIntBE(0, 5)).slice(0, 12);
  const issued = await request.post(`${urls.facility}/api/v1/certify`, {
    data: [divocCertificationRequest({ identity })],
    headers: { authorization: `Bearer ${demoApiToken}` },
  });
  expect(issued.status()).toBe(200);
  const [certificate] = ((await issued.json()) as { certificates: Array<{ certificateId: string }> }).certificates;
  const download = async () => {
    const pdf = await request.get(`${urls.citizen}/api/v1/certificates/${certificate?.certificateId}/pdf`, {
      headers: { authorization: `Bearer ${demoApiToken}` },
    });
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    return textOf(await pdf.body());
  };
  try {
    const printed = await download();
    expect(printed).toContain(title);
    expect(printed).toContain(certificate?.certificateId ?? "-");
  } finally {
    // Later specs read the demo programme's PDFs in the built-in look.
    await page.getByRole("button", { name: `Use the built-in look for ${programme}` }).click();
    await expect(page.getByText(`${programme} now prints with the built-in look.`)).toBeVisible();
  }
  expect(await download()).not.toContain(title);
});
