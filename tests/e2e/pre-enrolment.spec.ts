import { randomInt } from "node:crypto";
import { verhoeffCheckDigit } from "@vax/core/schemas";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import { demoApiToken } from "@vax/db/seed";
import { freshMobile, localToday, openRecipient, registerRecipientByApi, signInAsVaccinator } from "./support/facility";
import { signInAsTenantAdmin, unique } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

const newAadhaar = () => {
  const digits = `${randomInt(2, 10)}${String(randomInt(0, 10 ** 10)).padStart(10, "0")}`;
  return `${digits}${verhoeffCheckDigit(digits)}`;
};

const DAY_MS = 86_400_000;
const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

test.describe("pre-enrolment", () => {
  // Each test goes through two apps and several signed writes, each a signature and a transaction.
  test.describe.configure({ timeout: 120_000 });

  test("an admin pre-enrols a recipient; the vaccinator finds them by the code, records the dose and the certificate is issued", async ({
    page,
  }) => {
    await signInAsTenantAdmin(page, urls.admin);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Pre-enrolments" }).click();
    await page.getByRole("link", { name: "New pre-enrolment" }).click();
    const name = unique("Meera Pre-enrolled");
    await page.getByLabel("Programme").selectOption({ label: "COVID-19 Vaccination" });
    await page.getByLabel("Facility (optional)").selectOption({ label: "Primary Health Centre Jayanagar" });
    await page.getByLabel("Appointment date (optional)").fill(localToday(new Date(Date.now() + 2 * DAY_MS)));
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Date of birth").fill("1979-05-20");
    await page.getByLabel("Gender").selectOption("FEMALE");
    await page.getByLabel("Identity number").fill(newAadhaar());
    await page.getByLabel("Mobile number").fill("123");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Mobile number must be 10 digits")).toBeVisible();
    await page.getByLabel("Mobile number").fill(freshMobile());
    await page.getByRole("button", { name: "Save" }).click();

    const code = (await page.getByTestId("pre-enrolment-code").textContent()) ?? "";
    expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{8}$/);
    await expect(page.getByRole("status").filter({ hasText: "is pre-enrolled" })).toContainText(
      `${name} is pre-enrolled in COVID-19 Vaccination`,
    );
    await page.getByRole("link", { name: "See all pre-enrolments" }).click();
    await page.getByLabel("Search by code, name, identity or mobile number").fill(code);
    const row = page.getByRole("row").filter({ hasText: code });
    await expect(row).toContainText(name);
    await expect(row).toContainText("Primary Health Centre Jayanagar");
    await expect(row).toContainText("Open");

    // The vaccinator types the code from the slip, in small letters, and lands on the person.
    await signInAsVaccinator(page);
    await page.getByLabel("Mobile, identity number or pre-enrolment code").fill(code.toLowerCase());
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(page.getByText(`Pre-enrolled: ${code} (COVID-19 Vaccination)`)).toBeVisible();
    await expect(page.getByText("No dose recorded yet.")).toBeVisible();
    await expect(page.getByLabel("Programme")).toHaveValue(/.+/);
    await expect(page.getByLabel("Programme").locator("option:checked")).toHaveText("COVID-19 Vaccination");
    await expect(page.getByLabel("Dose number")).toHaveValue("1");
    await page.getByLabel("Vaccine").selectOption({ label: "COVISHIELD (Serum Institute of India)" });
    await page.getByLabel("Batch").fill("4121Z501");
    await page.getByRole("button", { name: "Record dose and issue certificate" }).click();
    // Signing and storing the certificate is the slowest step on a busy machine.
    await expect(page.getByRole("heading", { name: "Vaccination certificate" })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator(".certificate-slip").getByText(name)).toBeVisible();
    await expect(page.getByTestId("certificate-id")).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    await page.goto(`${urls.admin}/pre-enrolments`);
    await page.getByLabel("Search by code, name, identity or mobile number").fill(code);
    await expect(page.getByRole("row").filter({ hasText: code })).toContainText("Vaccinated");
  });

  test("an API client pre-enrols under its own code, and a certification request with that code certifies that recipient", async ({
    page,
    request,
  }) => {
    // The programme's id, as the integrator reads it in the admin portal.
    await signInAsTenantAdmin(page, urls.admin);
    const programmes = await page.request.get(`${urls.admin}/api/v1/programmes?q=COVID-19`);
    const { items } = (await programmes.json()) as { items: Array<{ id: string; name: string }> };
    const programmeId = items.find((programme) => programme.name === "COVID-19 Vaccination")?.id ?? "";

    const identity = newAadhaar();
    const code = `HMIS-${randomInt(100_000, 999_999)}`;
    const auth = { authorization: `Bearer ${demoApiToken}` };
    const recipient = {
      name: "Bhaya Mitra",
      dateOfBirth: "1994-11-30",
      gender: "MALE",
      identityType: "AADHAAR",
      identityNumber: identity,
      mobile: freshMobile(),
    };
    const preEnrol = (data: unknown) => request.post(`${urls.facility}/api/v1/pre-enrolments`, { data, headers: auth });

    const unknownProgramme = await preEnrol({ code, programmeId: "no-such-programme", recipient });
    expect(unknownProgramme.status()).toBe(400);
    expect(await unknownProgramme.json()).toMatchObject({ error: { details: [{ path: "programmeId" }] } });
    const badRecipient = await preEnrol({ code, programmeId, recipient: { ...recipient, mobile: "12" } });
    expect(badRecipient.status()).toBe(400);
    expect(await badRecipient.json()).toMatchObject({ error: { details: [{ path: "recipient.mobile" }] } });

    const created = await preEnrol({ code: code.toLowerCase(), programmeId, recipient });
    expect(created.status(), await created.text()).toBe(201);
    expect(await created.json()).toMatchObject({ code, status: "OPEN", recipient: { name: "Bhaya Mitra" } });
    const again = await preEnrol({ code, programmeId, recipient: { ...recipient, identityNumber: newAadhaar() } });
    expect(again.status()).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: "CONFLICT", details: [{ path: "code" }] } });

    const certified = await request.post(`${urls.facility}/api/v1/certify`, {
      data: [
        divocCertificationRequest({
          identity,
          preEnrollmentCode: code,
          recipient: { contact: [`tel:${recipient.mobile}`] },
        }),
      ],
      headers: auth,
    });
    expect(certified.status(), await certified.text()).toBe(200);
    const { certificates } = (await certified.json()) as { certificates: Array<{ preEnrollmentCode: string }> };
    expect(certificates.map(({ preEnrollmentCode }) => preEnrollmentCode)).toEqual([code]);

    const listed = await page.request.get(`${urls.admin}/api/v1/pre-enrolments?q=${code}`);
    expect(((await listed.json()) as { items: Array<{ code: string; status: string }> }).items).toEqual([
      expect.objectContaining({ code, status: "USED" }),
    ]);
  });

  test("a second dose given too soon shows the reason beside the date field", async ({ page }) => {
    await signInAsVaccinator(page);
    const mobile = freshMobile();
    const name = unique("Interval Rao");
    await registerRecipientByApi(page, { name, mobile });
    await openRecipient(page, mobile, name);
    const firstDay = localToday(new Date(Date.now() - 10 * DAY_MS));
    await page.getByLabel("Programme").selectOption({ label: "COVID-19 Vaccination" });
    await page.getByLabel("Vaccine").selectOption({ label: "COVISHIELD (Serum Institute of India)" });
    await page.getByLabel("Batch").fill("4121Z601");
    await page.getByLabel("Date").fill(firstDay);
    await page.getByRole("button", { name: "Record dose and issue certificate" }).click();
    await expect(page.getByRole("heading", { name: "Vaccination certificate" })).toBeVisible();

    await page.getByRole("button", { name: "Next recipient" }).click();
    await openRecipient(page, mobile, name);
    await page.getByLabel("Programme").selectOption({ label: "COVID-19 Vaccination" });
    const dueFrom = addDays(firstDay, 84);
    await expect(page.getByLabel("Dose number")).toHaveValue("2");
    await expect(page.getByText(`Next due: dose 2, from ${dueFrom}`)).toBeVisible();
    await page.getByLabel("Batch").fill("4121Z602");
    await page.getByRole("button", { name: "Record dose and issue certificate" }).click();
    await expect(page.getByLabel("Date")).toHaveAccessibleDescription(
      `Dose 2 of COVISHIELD may be given from ${dueFrom}, 84 days after dose 1 on ${firstDay}`,
    );
    await expect(page.getByRole("heading", { name: "Vaccination certificate" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /Pending sync \(0\)/ })).toBeVisible();
  });
});
