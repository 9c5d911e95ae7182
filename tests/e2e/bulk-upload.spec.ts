import { readFile } from "node:fs/promises";
import { signInAsTenantAdmin } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

test.describe("bulk uploads", () => {
  test("an admin uploads a facilities CSV with bad rows, watches it finish, and downloads the failed rows with reasons", async ({
    page,
  }) => {
    await signInAsTenantAdmin(page, urls.admin);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Bulk uploads" }).click();
    await page.getByLabel("Kind").selectOption("facilities");

    const template = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the facilities template" }).click();
    const templateText = await readFile(await (await template).path(), "utf8");
    expect(templateText.split("\r\n")[0]).toBe(
      "code,name,addressLine,district,state,pincode,country,category,programmes",
    );
    await page.getByText("The template's columns").click();
    await expect(page.getByRole("row").filter({ hasText: "GOVERNMENT or PRIVATE" })).toBeVisible();

    const tag = Date.now().toString(36).toUpperCase();
    const csv = [
      "\ufeffcode,name,addressLine,country,category,programmes",
      `E2E-${tag}-1,"Clinic, North ${tag}",1 Main Road,IN,GOVERNMENT,COVID-19 Vaccination`,
      `E2E-${tag}-2,Clinic South ${tag},2 Main Road,IN,HOSPITAL,`,
      `E2E-${tag}-3,Clinic East ${tag},3 Main Road,IN,PRIVATE,`,
      `E2E-${tag}-4,,4 Main Road,IN,PRIVATE,`,
      "",
    ].join("\r\n");
    const fileName = `facilities-${tag}.csv`;
    await page.getByLabel("CSV file").setInputFiles({ name: fileName, mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Upload" }).click();

    const upload = page.getByRole("listitem", { name: `Upload ${fileName}` });
    await expect(upload.getByTestId("bulk-status")).toHaveText("Done", { timeout: 30_000 });
    await expect(upload.getByTestId("bulk-counts")).toContainText("4 of 4 rows done · 2 succeeded · 2 failed");
    await expect(upload.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "4");

    // The state lives in the database: a reload shows the same upload, finished.
    await page.reload();
    await expect(upload.getByTestId("bulk-status")).toHaveText("Done");

    const errors = page.waitForEvent("download");
    await upload.getByRole("link", { name: "Download the 2 failed rows (CSV)" }).click();
    const errorsText = (await readFile(await (await errors).path(), "utf8")).replace(/^\ufeff/, "");
    expect(errorsText.trim().split("\r\n")).toEqual([
      "code,name,addressLine,country,category,programmes,reason",
      `E2E-${tag}-2,Clinic South ${tag},2 Main Road,IN,HOSPITAL,,Category must be Government or Private`,
      `E2E-${tag}-4,,4 Main Road,IN,PRIVATE,,Name is required`,
    ]);
  });
});
