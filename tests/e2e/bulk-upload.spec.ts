import { readFile } from "node:fs/promises";
import type { APIRequestContext } from "@playwright/test";
import { demoApiToken } from "@vax/db/seed";
import { openApiValidator } from "./support/openapi-validator";
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

  test("an API client uploads the certify template with a bad row by token; every answer is as the document says", async ({
    playwright,
  }) => {
    const request: APIRequestContext = await playwright.request.newContext({
      extraHTTPHeaders: { authorization: `Bearer ${demoApiToken}` },
    });
    try {
      const check = await openApiValidator(request, urls.admin);
      const api = `${urls.admin}/api/v1/bulk-uploads`;
      const template = await request.get(`${api}/templates/certify.csv`);
      await check("GET", "/api/v1/bulk-uploads/templates/{file}", template);
      const [header, example] = (await template.text()).trim().split("\r\n");
      const bad = example?.replace(/,1,,Dr\. Anil Rao,/, ",0,,Dr. Anil Rao,");
      expect(bad).not.toBe(example);
      const file = (lines: (string | undefined)[]) => ({
        name: "vaccinations.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(`${lines.join("\r\n")}\r\n`),
      });

      const refused = await request.post(api, { multipart: { kind: "certify", file: file(["code,name", "A,B"]) } });
      await check("POST", "/api/v1/bulk-uploads", refused);
      expect(refused.status()).toBe(400);

      const accepted = await request.post(api, { multipart: { kind: "certify", file: file([header, example, bad]) } });
      await check("POST", "/api/v1/bulk-uploads", accepted);
      expect(accepted.status()).toBe(202);
      const { id } = (await accepted.json()) as { id: string };
      await expect
        .poll(async () => ((await (await request.get(`${api}/${id}`)).json()) as { status: string }).status, {
          timeout: 30_000,
        })
        .toBe("done");
      const progress = await request.get(`${api}/${id}`);
      await check("GET", "/api/v1/bulk-uploads/{id}", progress);
      expect(await progress.json()).toMatchObject({ total: 2, processed: 2, succeeded: 1, failed: 1 });

      const errors = await request.get(`${api}/${id}/errors.csv`);
      await check("GET", "/api/v1/bulk-uploads/{id}/errors.csv", errors);
      const [errorHeader, errorRow] = (await errors.text())
        .replace(/^\ufeff/, "")
        .trim()
        .split("\r\n");
      expect(errorHeader).toBe(`${header},reason`);
      expect(errorRow).toContain("vaccination.dose starts at 1");

      const finished = await request.post(`${api}/${id}/cancel`);
      await check("POST", "/api/v1/bulk-uploads/{id}/cancel", finished);
      expect(finished.status()).toBe(409);
      await check("GET", "/api/v1/bulk-uploads", await request.get(api));
    } finally {
      await request.dispose();
    }
  });
});
