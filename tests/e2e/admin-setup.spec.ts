import type { Page } from "@playwright/test";
import { demoCredentials } from "@vax/db/seed";
import { signInAsTenantAdmin, unique } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

const openNav = async (page: Page, label: string) => {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label, exact: true }).click();
};

const findInList = async (page: Page, searchLabel: string, text: string) => {
  await page.getByLabel(searchLabel).fill(text);
  await expect(page.getByRole("table").getByRole("link", { name: text })).toBeVisible();
};

test.describe("a programme admin sets up a programme", () => {
  test("creates a programme, a vaccine, a facility and a vaccinator, and finds each in its list", async ({ page }) => {
    const programme = unique("Polio campaign");
    const vaccine = unique("bOPV");
    const facilityName = unique("Sub-centre Hebbal");
    const facilityCode = `E2E-${Date.now().toString(36).toUpperCase()}`;
    const vaccinator = unique("Rekha Nair");
    const vaccinatorEmail = `rekha.${Date.now().toString(36)}@demo.example`;

    await signInAsTenantAdmin(page, urls.admin);

    await openNav(page, "Programmes");
    await page.getByRole("link", { name: "New programme" }).click();
    await expect(page.getByRole("heading", { name: "New programme" })).toBeVisible();
    await page.getByLabel("Name", { exact: true }).fill(programme);
    await page.getByLabel("Disease or agent targeted", { exact: true }).fill("Poliomyelitis");
    await page.getByLabel("ICD-11 code of the disease", { exact: true }).fill("1C81");
    await page.getByLabel("Start date", { exact: true }).fill("2026-12-01");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(`${urls.admin}/programmes`);
    await findInList(page, "Search by name, disease or code", programme);

    await openNav(page, "Vaccines");
    await page.getByRole("link", { name: "New vaccine" }).click();
    await expect(page.getByRole("heading", { name: "New vaccine" })).toBeVisible();
    await page.getByLabel("Name", { exact: true }).fill(vaccine);
    await page.getByLabel("Manufacturer", { exact: true }).fill("Bharat Biotech");
    await page.getByLabel("WHO prophylaxis (ATC) code", { exact: true }).fill("J07BF04");
    await page.getByLabel("Doses in the schedule", { exact: true }).fill("3");
    await page.getByLabel("Minimum days between doses", { exact: true }).fill("28");
    await page.getByRole("checkbox", { name: programme }).check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(`${urls.admin}/vaccines`);
    await findInList(page, "Search by name, manufacturer or code", vaccine);

    await openNav(page, "Facilities");
    await page.getByRole("link", { name: "New facility" }).click();
    await expect(page.getByRole("heading", { name: "New facility" })).toBeVisible();
    await page.getByLabel("Code", { exact: true }).fill(facilityCode);
    await page.getByLabel("Name", { exact: true }).fill(facilityName);
    await page.getByLabel("Address", { exact: true }).fill("Hebbal Main Road");
    await page.getByLabel("District", { exact: true }).fill("Bengaluru Urban");
    await page.getByLabel("State", { exact: true }).fill("Karnataka");
    await page.getByLabel("PIN code", { exact: true }).fill("560024");
    await page.getByLabel("Category", { exact: true }).selectOption({ label: "Government" });
    await page.getByRole("checkbox", { name: programme }).check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(`${urls.admin}/facilities`);
    await page.getByLabel("Search by code, name or place").fill(facilityCode);
    await expect(page.getByRole("table").getByText(facilityName)).toBeVisible();

    await openNav(page, "Users and vaccinators");
    await page.getByRole("link", { name: "New user" }).click();
    await expect(page.getByRole("heading", { name: "New user" })).toBeVisible();
    await page.getByLabel("Name", { exact: true }).fill(vaccinator);
    await page.getByLabel("E-mail", { exact: true }).fill(vaccinatorEmail);
    await page.getByLabel("Role", { exact: true }).selectOption({ label: "Vaccinator" });
    await page.getByLabel("Password", { exact: true }).fill("Vaccinate-2026");
    const facilityOption = page.getByLabel("Facility", { exact: true }).locator("option", { hasText: facilityName });
    await page.getByLabel("Facility", { exact: true }).selectOption((await facilityOption.getAttribute("value")) ?? "");
    await page.getByLabel("Licence number", { exact: true }).fill("KA-NUR-9001");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page).toHaveURL(`${urls.admin}/users`);
    await findInList(page, "Search by name or e-mail", vaccinator);
    await expect(page.getByRole("table").getByText(facilityName)).toBeVisible();

    await openNav(page, "Audit log");
    await page.getByLabel("Search by action, entity or actor").fill("programme.created");
    await expect(page.getByRole("table").getByText("programme.created").first()).toBeVisible();
  });

  test("shows field errors for bad input and stores nothing", async ({ page }) => {
    const name = unique("Bad ICD programme");
    await signInAsTenantAdmin(page, urls.admin);
    await page.goto(`${urls.admin}/programmes/new`);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Name is required")).toBeVisible();
    await expect(page.getByText("Disease is required")).toBeVisible();

    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByLabel("Disease or agent targeted", { exact: true }).fill("Measles");
    await page.getByLabel("ICD-11 code of the disease", { exact: true }).fill("not a code!");
    await page.getByLabel("Start date", { exact: true }).fill("2026-06-01");
    await page.getByLabel("End date", { exact: true }).fill("2026-01-01");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("ICD-11 code must look like RA01 or 1F03")).toBeVisible();
    await expect(page.getByText("End date must be on or after the start date")).toBeVisible();
    await expect(page).toHaveURL(`${urls.admin}/programmes/new`);

    // The server checks the same rules when the browser's check is bypassed.
    const response = await page.request.post(`${urls.admin}/api/v1/programmes`, {
      data: { name, disease: "Measles", icd11Code: "not a code!" },
      headers: { origin: urls.admin },
    });
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.details).toContainEqual({ path: "icd11Code", message: expect.stringContaining("ICD-11") });
    const notJson = await page.request.post(`${urls.admin}/api/v1/programmes`, {
      data: "{not json",
      headers: { "content-type": "application/json", origin: urls.admin },
    });
    expect(notJson.status()).toBe(400);

    const list = await page.request.get(`${urls.admin}/api/v1/programmes?q=${encodeURIComponent(name)}&status=all`);
    expect((await list.json()).total).toBe(0);
  });

  test("answers 404 for an unknown id", async ({ page }) => {
    await signInAsTenantAdmin(page, urls.admin);
    const response = await page.request.get(`${urls.admin}/api/v1/programmes/00000000-0000-7000-8000-000000000000`);
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe("NOT_FOUND");
  });

  test("gives monitoring read-only access: 403 on a change", async ({ page }) => {
    await page.goto(`${urls.admin}/sign-in`);
    await page.getByLabel("E-mail", { exact: true }).fill(demoCredentials.monitoring.email);
    await page.getByLabel("Password", { exact: true }).fill(demoCredentials.monitoring.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
    const response = await page.request.post(`${urls.admin}/api/v1/programmes`, {
      data: { name: "Nope", disease: "Nope" },
      headers: { origin: urls.admin },
    });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("FORBIDDEN");
    await page.goto(`${urls.admin}/programmes/new`);
    await expect(page.getByText("Not allowed.")).toBeVisible();
  });
});
