import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { csv, errorRows, suffix, uploadAndRun } from "./bulk-upload-fixture";

describe("bulk uploads", () => {
  let home: TTenantSetUp;

  beforeAll(async () => {
    home = await tenantWithCatalogue();
  });

  describe("pre-enrolments", () => {
    const person = (passport: string, fields: Record<string, string> = {}) => ({
      code: "",
      programme: home.catalogue.covid.name,
      facility: home.catalogue.facility.code,
      name: "Ravi Shankar",
      dateOfBirth: "1985-04-12",
      gender: "male",
      identityType: "passport",
      identityNumber: passport,
      mobile: "9812345678",
      ...fields,
    });

    it("pre-enrols with the form's rules; a re-upload, with or without codes, creates nothing", async () => {
      const tag = suffix();
      const text = csv([
        person(`P${tag}1`, { code: `BULK-${tag}` }),
        person(`P${tag}2`),
        person(`P${tag}3`, { mobile: "123" }),
      ]);
      const first = await uploadAndRun(home.admin, "pre-enrolments", text);
      expect(first.view).toMatchObject({ status: "done", succeeded: 2, failed: 1 });
      expect(await errorRows(home.admin, first.id)).toMatchObject([
        { identityNumber: `P${tag}3`, reason: "Mobile number must be 10 digits" },
      ]);
      const again = await uploadAndRun(home.admin, "pre-enrolments", text);
      expect(again.view).toMatchObject({ succeeded: 2, existing: 2, failed: 1 });
      expect(
        await prisma.preEnrolment.count({ where: { recipient: { identityNumber: { startsWith: `P${tag}` } } } }),
      ).toBe(2);
    });
  });
});
