import { randomBytes } from "node:crypto";
import { signInAsTenantAdmin } from "./support/sign-in";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

// A name no earlier run used, so a rerun on the same database creates rather than collides.
const name = `training-${randomBytes(3).toString("hex")}`;
const subjectSchema = {
  type: "object",
  required: ["name", "course"],
  properties: { name: { type: "string" }, course: { type: "string" }, completedOn: { type: "string", format: "date" } },
};

test("a tenant admin creates and publishes a training-certificate schema, whose context the verify app serves", async ({
  page,
  request,
}) => {
  await signInAsTenantAdmin(page, urls.admin);
  await page.goto(`${urls.admin}/schemas`);
  await expect(page.getByRole("link", { name: "COVID-19 test report" })).toBeVisible();
  await page.getByRole("link", { name: "New schema" }).click();

  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Title", { exact: true }).fill("Training certificate");
  await page.getByLabel("Credential type").fill("TrainingCertificateCredential");
  const jsonSchema = page.getByLabel("JSON Schema of the credential subject");
  await jsonSchema.fill("{ not json");
  await page.getByRole("button", { name: "Create and publish" }).click();
  await expect(page.getByText(/Not valid JSON/)).toBeVisible();
  await jsonSchema.fill(JSON.stringify(subjectSchema, null, 2));
  await page.getByLabel("Fields in the QR (comma-separated)").fill("name, course");
  await page.getByRole("button", { name: "Create and publish" }).click();

  const version = page.getByRole("region", { name: "Version 1" });
  await expect(version).toContainText("TrainingCertificateCredential");
  await expect(version).toContainText("name, course");
  const contextUrl = await version.getByRole("link", { name: /\/credentials\/schemas\// }).getAttribute("href");
  expect(contextUrl).toMatch(new RegExp(`^${urls.verify}/credentials/schemas/[^/]+/${name}/v1$`));

  const served = await request.get(contextUrl as string);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toContain("application/ld+json");
  expect(await served.json()).toMatchObject({
    "@context": {
      TrainingCertificateCredential: "vax:TrainingCertificateCredential",
      course: "vax:course",
      completedOn: { "@id": "vax:completedOn", "@type": "xsd:date" },
      vax: `${contextUrl}#`,
    },
  });
});
