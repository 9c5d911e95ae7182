import { randomInt } from "node:crypto";
import { verhoeffCheckDigit } from "@vax/core/schemas";
import { demoCredentials } from "@vax/db/seed";
import { freshMobile, localToday, openRecipient, registerRecipientByApi, signInAsVaccinator } from "./support/facility";
import { unique } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

// A fresh Aadhaar number for each walk-in, so a retried run never meets its own earlier one.
const newAadhaar = () => {
  const digits = `${randomInt(2, 10)}${String(randomInt(0, 10 ** 10)).padStart(10, "0")}`;
  return `${digits}${verhoeffCheckDigit(digits)}`;
};
// The same number with its last check digit wrong, as a slip of the finger makes it.
const mistyped = (aadhaar: string) => `${aadhaar.slice(0, -1)}${(Number(aadhaar.slice(-1)) + 1) % 10}`;

test.describe("the facility app, online", () => {
  test("a vaccinator finds a recipient by mobile, records dose 1 and sees the certificate to print", async ({
    page,
  }) => {
    await signInAsVaccinator(page);
    await expect(page.getByText(`Signed in as ${demoCredentials.vaccinators[0].name}, vaccinator`)).toBeVisible();
    // Someone nobody has vaccinated, registered afresh, so a retry records dose 1 again.
    const mobile = freshMobile();
    await registerRecipientByApi(page, { name: "Sunita Devi", mobile });
    await openRecipient(page, mobile, "Sunita Devi");
    await expect(page.getByText("No dose recorded yet.")).toBeVisible();

    await page.getByLabel("Programme").selectOption({ label: "COVID-19 Vaccination" });
    await expect(page.getByLabel("Dose number")).toHaveValue("1");
    await expect(page.getByLabel("Date")).toHaveValue(localToday());
    await page.getByLabel("Vaccine").selectOption({ label: "COVISHIELD (Serum Institute of India)" });
    await page.getByLabel("Batch").fill("4121Z101");
    await page.getByRole("button", { name: "Record dose and issue certificate" }).click();

    await expect(page.getByRole("heading", { name: "Vaccination certificate" })).toBeVisible();
    const certificateId = (await page.getByTestId("certificate-id").textContent()) ?? "";
    expect(certificateId).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const slip = page.locator(".certificate-slip");
    await expect(slip.getByText("Sunita Devi")).toBeVisible();
    await expect(slip.getByRole("row", { name: /1 of 2 COVISHIELD .* 4121Z101/ })).toBeVisible();
    await expect(slip.getByRole("img", { name: `QR code of certificate ${certificateId}` })).toBeVisible();
    await expect(page.getByRole("button", { name: "Print" })).toBeVisible();

    // The print stylesheet prints the slip alone.
    await page.emulateMedia({ media: "print" });
    await expect(slip).toBeVisible();
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    await expect(page.getByRole("heading", { name: /Pending sync/ })).toBeHidden();
    await page.emulateMedia({ media: "screen" });

    await expect(page.getByRole("listitem").filter({ hasText: certificateId })).toContainText("Sunita Devi");
    await page.getByRole("button", { name: "Next recipient" }).click();
    await openRecipient(page, mobile, "Sunita Devi");
    await expect(
      page
        .getByRole("region", { name: "Doses" })
        .getByRole("listitem")
        .filter({ hasText: "COVID-19 Vaccination: dose 1 of 2" }),
    ).toContainText(certificateId);
    await page.getByLabel("Programme").selectOption({ label: "COVID-19 Vaccination" });
    await expect(page.getByLabel("Dose number")).toHaveValue("2");
    await expect(page.getByLabel("Vaccine")).toHaveValue(/.+/);
  });

  test("registers a walk-in once the form's errors are fixed, and refuses the same identity twice", async ({
    page,
  }) => {
    await signInAsVaccinator(page);
    await page.getByRole("button", { name: "Register a walk-in" }).click();
    const name = unique("Walk-in Kamala");
    await page.getByLabel("Name").fill(name);
    await page.getByLabel("Identity number").fill("2345 6789 012");
    await page.getByLabel("Mobile number").fill("98450123");
    await page.getByRole("button", { name: "Register" }).click();

    await expect(
      page.getByText("Enter the date of birth, or the age in years when the date is not known"),
    ).toBeVisible();
    await expect(page.getByText("An Aadhaar number is 12 digits and does not start with 0 or 1")).toBeVisible();
    await expect(page.getByText("Mobile number must be 10 digits")).toBeVisible();
    await expect(page.getByText("Choose a gender")).toBeVisible();

    const aadhaar = newAadhaar();
    await page.getByLabel("Age in years").fill("34");
    await page.getByLabel("Gender").selectOption("FEMALE");
    await page.getByLabel("Identity number").fill(mistyped(aadhaar));
    await page.getByLabel("Mobile number").fill("9845012399");
    await page.getByRole("button", { name: "Register" }).click();
    await expect(page.getByText("its last digit does not match the others")).toBeVisible();

    await page.getByLabel("Identity number").fill(aadhaar);
    await page.getByRole("button", { name: "Register" }).click();

    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(page.getByText(`Female, about 34 years`)).toBeVisible();
    await expect(page.getByText(`Aadhaar XXXX XXXX ${aadhaar.slice(-4)}`)).toBeVisible();
    await expect(page.getByText("No dose recorded yet.")).toBeVisible();

    await page.getByRole("button", { name: "Back to search" }).click();
    await page.getByRole("button", { name: "Register a walk-in" }).click();
    await page.getByLabel("Name").fill("Someone Else");
    await page.getByLabel("Date of birth").fill("1990-01-01");
    await page.getByLabel("Gender").selectOption("MALE");
    await page.getByLabel("Identity number").fill(aadhaar);
    await page.getByLabel("Mobile number").fill("9845012300");
    await page.getByRole("button", { name: "Register" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "Someone is already registered with this identity document" }).first(),
    ).toBeVisible();
    await page.getByRole("button", { name: "Find this recipient" }).click();
    await expect(page.getByRole("button", { name: `Open ${name}` })).toBeVisible();
    await expect(page.getByRole("button", { name: "Open Someone Else" })).toHaveCount(0);
    // A list of results shows the numbers masked but for their last digits.
    const results = page.getByRole("region", { name: "Search results" });
    await expect(results).toContainText(`Aadhaar XXXX XXXX ${aadhaar.slice(-4)} · Mobile +91 98XXX XX399`);
    await expect(results).not.toContainText("9845012399");
  });

  test("refuses a dose beyond the schedule and a future date, with the reason beside the field", async ({ page }) => {
    await signInAsVaccinator(page);
    // Ravi Kumar's demo certificates cover both COVISHIELD doses.
    await openRecipient(page, "9876500001", "Ravi Kumar");
    await expect(page.getByText("COVID-19 Vaccination: dose 2 of 2")).toBeVisible();
    await page.getByLabel("Programme").selectOption({ label: "COVID-19 Vaccination" });
    await expect(page.getByText("The schedule of this programme is complete")).toBeVisible();
    await page.getByLabel("Vaccine").selectOption({ label: "COVISHIELD (Serum Institute of India)" });
    await page.getByLabel("Batch").fill("4121Z300");
    await page.getByLabel("Dose number").fill("3");
    await page.getByRole("button", { name: "Record dose and issue certificate" }).click();
    await expect(page.getByLabel("Dose number")).toHaveAccessibleDescription(
      "Dose 3 is beyond the schedule of COVISHIELD, which has 2 doses",
    );
    await expect(page.getByRole("heading", { name: "Vaccination certificate" })).toHaveCount(0);

    await page.getByRole("button", { name: "Back to search" }).click();
    await openRecipient(page, "9876500011", "Geeta Hegde");
    await page.getByLabel("Programme").selectOption({ label: "COVID-19 Vaccination" });
    await page.getByLabel("Vaccine").selectOption({ label: "COVAXIN (Bharat Biotech)" });
    await page.getByLabel("Batch").fill("EL2100");
    const nextWeek = new Date(Date.now() + 7 * 86_400_000);
    await page.getByLabel("Date").fill(localToday(nextWeek));
    await page.getByRole("button", { name: "Record dose and issue certificate" }).click();
    await expect(page.getByLabel("Date")).toHaveAccessibleDescription("The vaccination date is in the future");
    await expect(page.getByText("No dose recorded yet.")).toBeVisible();
    await expect(page.getByRole("heading", { name: /Pending sync \(0\)/ })).toBeVisible();
  });

  test("answers the API only with a session", async ({ request }) => {
    const response = await request.get(`${urls.facility}/api/v1/recipients?q=9876500001`);
    expect(response.status()).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  });
});
