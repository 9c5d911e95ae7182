import { execFileSync } from "node:child_process";
import { randomInt } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { verhoeffCheckDigit } from "@vax/core/schemas";
import { localToday, signInAsVaccinator } from "./support/facility";
import { unique } from "./support/sign-in";
import { expect, test } from "./support/test";
import { receivedMail } from "./support/test-mailbox";
import { urls } from "./support/urls";

const newAadhaar = () => {
  const digits = `${randomInt(2, 10)}${String(randomInt(0, 10 ** 10)).padStart(10, "0")}`;
  return `${digits}${verhoeffCheckDigit(digits)}`;
};

// The text of a PDF as a reader shows it, through poppler's pdftotext.
const pdfText = (pdf: Buffer): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "vax-e2e-pdf-"));
  try {
    const file = path.join(dir, "certificate.pdf");
    writeFileSync(file, pdf);
    return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

test.describe("certificate e-mail", () => {
  test("a walk-in registered with an e-mail address is sent their certificate as a PDF once the dose is recorded", async ({
    page,
  }) => {
    const email = `${unique("walk-in")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ".")}@example.org`;
    const name = unique("Walk-in Meena");
    await signInAsVaccinator(page);
    await page.getByRole("button", { name: "Register a walk-in" }).click();
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Date of birth").fill("1991-04-12");
    await page.getByLabel("Gender").selectOption("FEMALE");
    await page.getByLabel("Identity number").fill(newAadhaar());
    await page.getByLabel("Mobile number").fill(`9${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`);
    await page.getByLabel("E-mail (optional)").fill(email);
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();

    await page.getByLabel("Programme").selectOption({ label: "COVID-19 Vaccination" });
    await expect(page.getByLabel("Date")).toHaveValue(localToday());
    await page.getByLabel("Vaccine").selectOption({ label: "COVISHIELD (Serum Institute of India)" });
    await page.getByLabel("Batch").fill("4121Z777");
    await page.getByRole("button", { name: "Record dose and issue certificate" }).click();
    await expect(page.getByRole("heading", { name: "Vaccination certificate" })).toBeVisible();
    const certificateId = (await page.getByTestId("certificate-id").textContent()) ?? "";
    expect(certificateId).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    const mail = await receivedMail(email);
    expect(mail.subject).toBe("Your vaccination certificate is ready");
    expect(mail.from?.text).toContain("certificates@demo.example");
    expect(mail.text).toContain(`Your vaccination certificate ${certificateId} is ready.`);
    expect(mail.text).toContain(`${urls.citizen}/`);
    expect(mail.text).not.toContain(name);
    expect(mail.attachments).toHaveLength(1);
    const [pdf] = mail.attachments;
    expect(pdf?.contentType).toBe("application/pdf");
    expect(pdf?.filename).toBe(`vaccination-certificate-${certificateId}.pdf`);
    expect(pdf?.content.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = pdfText(pdf?.content ?? Buffer.alloc(0));
    expect(text).toContain(certificateId);
    expect(text).toContain(name);
  });
});
