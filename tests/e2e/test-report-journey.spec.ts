import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page, Response } from "@playwright/test";
import { citizenMessages, signInAsCitizen } from "./support/citizen-sign-in";
import { freshMobile, openRecipient, registerRecipientByApi, signInAsVaccinator } from "./support/facility";
import { signInAsTenantAdmin, unique } from "./support/sign-in";
import { expect, test, watchContentSecurityPolicy } from "./support/test";
import { urls } from "./support/urls";

const textOf = (pdf: Buffer): string =>
  execFileSync("pdftotext", ["-", "-"], { input: pdf, encoding: "utf8" }).replace(/\s+/g, " ");

type TPreviewBody = { schemaId: string | null; settings: { labels: { en: { title: string } } } };

// The preview the editor asks for once it prints a test report under the title given.
const previewTitled = (page: Page, title: string): Promise<Response> =>
  page.waitForResponse(
    (response) => {
      if (!response.url().includes("/api/v1/templates/preview") || response.status() !== 200) return false;
      const body = response.request().postDataJSON() as TPreviewBody;
      return body.schemaId !== null && body.settings.labels.en.title === title;
    },
    { timeout: 20_000 },
  );

// A time an hour ago on this machine's clock, as a datetime-local input holds it.
const anHourAgo = () => {
  const at = new Date(Date.now() - 3_600_000);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
};

test("a test report, from its template to the gate: designed and previewed in the admin portal, issued at the facility, downloaded by its citizen in Hindi, verified, and its template retired", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // 1. A tenant admin designs the look of test reports beside a preview drawn with a sample test report.
  const title = `District Lab Report ${randomBytes(3).toString("hex").toUpperCase()}`;
  await signInAsTenantAdmin(page, urls.admin);
  await page.goto(`${urls.admin}/templates/new`);
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(unique("E2E test report"));
  await page.getByLabel("Prints", { exact: true }).selectOption({ label: "COVID-19 test report credentials" });
  await expect(page.getByLabel("Title (English)", { exact: true })).toHaveValue("COVID-19 Test Report");
  const preview = previewTitled(page, title);
  await page.getByLabel("Title (English)", { exact: true }).fill(title);
  const previewed = await preview;
  const sample = await page.request.post(previewed.url(), {
    data: previewed.request().postDataJSON(),
    headers: { origin: urls.admin },
  });
  const samplePdf = textOf(await sample.body());
  for (const expected of [title, "Ananya Rao", "TEST TYPE", "RT-PCR"]) expect(samplePdf).toContain(expected);
  expect(samplePdf).not.toContain("COVISHIELD");
  await page.getByRole("button", { name: "Create template" }).click();
  await expect(page.getByText("Prints COVID-19 test report credentials. Version 1.", { exact: false })).toBeVisible();

  // 2. A vaccinator records a negative RT-PCR test for someone and issues the report.
  const facility = await browser.newContext();
  await watchContentSecurityPolicy(facility);
  const counter = await facility.newPage();
  const mobile = freshMobile();
  const name = `Meera Pillai ${randomBytes(2).toString("hex")}`;
  await signInAsVaccinator(counter);
  await registerRecipientByApi(counter, { name, mobile });
  await openRecipient(counter, mobile, name);
  const form = counter.getByRole("region", { name: "Record a COVID-19 test" });
  await form.getByLabel("Test", { exact: true }).selectOption("RT-PCR");
  await form.getByLabel("Result").selectOption("Negative");
  await form.getByLabel("Sample taken at").fill(anHourAgo());
  const issuing = counter.waitForResponse((response) => response.url().endsWith("/api/v1/test-reports"));
  await form.getByRole("button", { name: "Issue test report" }).click();
  expect((await issuing).status()).toBe(201);
  const { certificateId } = (await (await issuing).json()) as { certificateId: string };
  await expect(form.getByText(`Test report ${certificateId} issued.`)).toBeVisible();
  await facility.close();

  // 3. Its citizen, whose phone is in Hindi, finds it listed in Hindi and downloads the PDF, printed with the template.
  const citizen = await browser.newContext({ locale: "hi-IN", acceptDownloads: true });
  await watchContentSecurityPolicy(citizen);
  const phone = await citizen.newPage();
  const words = citizenMessages.hi.Credential;
  await signInAsCitizen(phone, mobile, "hi");
  const card = phone.getByRole("article", { name: `${words.testReport} ${certificateId}` });
  await expect(card).toContainText(words.fields.result);
  await expect(card).toContainText("Negative");
  await expect(card).toContainText(words.fields.testType);
  const downloading = phone.waitForEvent("download");
  await card.getByRole("link", { name: citizenMessages.hi.Downloads.pdf }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`test-report-${certificateId}.pdf`);
  const pdf = readFileSync(await download.path());
  const printed = textOf(pdf);
  for (const expected of [title, "कोविड-19 जाँच रिपोर्ट", name, "Negative", certificateId]) {
    expect(printed).toContain(expected);
  }
  await citizen.close();

  // 4. A checker at a gate uploads the PDF to the verify page: valid, and what the test found is there to read.
  const checker = await browser.newContext();
  await watchContentSecurityPolicy(checker);
  const gate = await checker.newPage();
  await gate.goto(urls.verify);
  await expect(gate.getByTestId("data-status")).toContainText("refreshed", { timeout: 30_000 });
  await gate.getByRole("tab", { name: "Upload" }).click();
  await gate
    .getByLabel("Upload a photo or the certificate PDF")
    .setInputFiles({ name: download.suggestedFilename(), mimeType: "application/pdf", buffer: pdf });
  await expect(gate.getByRole("heading", { name: "Valid", exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(gate.getByTestId("holder-name")).toHaveText(name);
  await expect(gate.getByTestId("credential-title")).toHaveText("COVID-19 test report");
  const stated = gate.getByRole("region", { name: "COVID-19 test report" });
  await expect(stated).toContainText("Result");
  await expect(stated).toContainText("Negative");
  await expect(stated).toContainText("RT-PCR");
  await checker.close();

  // 5. The template is retired: nothing prints with it any more, and the page says so.
  await page.getByRole("button", { name: "Retire template" }).click();
  await page.getByRole("button", { name: "Yes, retire template" }).click();
  await expect(page.getByText("Retired. Prints COVID-19 test report credentials.", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "Retire template" })).toHaveCount(0);
});
