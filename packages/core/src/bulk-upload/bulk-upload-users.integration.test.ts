import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { csv, errorRows, suffix, upload, uploadAndRun } from "./bulk-upload-fixture";

describe("bulk uploads", () => {
  let home: TTenantSetUp;

  beforeAll(async () => {
    home = await tenantWithCatalogue();
  });

  describe("users", () => {
    it("creates vaccinators with the new-user form's rules, never keeps the password, and a re-upload creates nothing", async () => {
      const tag = suffix().toLowerCase();
      const text = csv([
        {
          name: "Asha Kumari",
          email: `asha.${tag}@example.org`,
          role: "VACCINATOR",
          facility: home.catalogue.facility.code,
          password: "Bulk-upload-2026",
        },
        {
          name: "No Facility",
          email: `nofac.${tag}@example.org`,
          role: "VACCINATOR",
          facility: "",
          password: "Bulk-upload-2026",
        },
        { name: "Short", email: `short.${tag}@example.org`, role: "MONITORING", facility: "", password: "short" },
      ]);
      const first = await uploadAndRun(home.admin, "users", text);
      expect(first.view).toMatchObject({ status: "done", succeeded: 1, failed: 2 });
      const user = await prisma.user.findUniqueOrThrow({
        where: { email: `asha.${tag}@example.org` },
        include: { vaccinator: true },
      });
      expect(user.vaccinator?.facilityId).toBe(home.catalogue.facility.id);
      const stored = await prisma.bulkUploadRow.findMany({ where: { uploadId: first.id } });
      expect(stored.map(({ data }) => (data as Record<string, string>).password)).toEqual(["", "", ""]);
      const errors = await errorRows(home.admin, first.id);
      expect(errors.map((row) => [row.email, row.password, row.reason])).toEqual([
        [`nofac.${tag}@example.org`, "", "Choose the facility"],
        [`short.${tag}@example.org`, "", "Password must be at least 10 characters and contain a letter and a digit"],
      ]);
      const again = await uploadAndRun(home.admin, "users", text);
      expect(again.view).toMatchObject({ succeeded: 1, existing: 1, failed: 2 });
      expect(await prisma.user.count({ where: { email: { contains: `.${tag}@` } } })).toBe(1);
    });

    it("keeps the password sealed while the row waits", async () => {
      const tag = suffix().toLowerCase();
      const { id } = await upload(
        home.admin,
        "users",
        csv([
          { name: "Sealed", email: `sealed.${tag}@example.org`, role: "MONITORING", password: "Sealed-password-1" },
        ]),
      );
      const [row] = await prisma.bulkUploadRow.findMany({ where: { uploadId: id } });
      const kept = ((row?.data ?? {}) as Record<string, string>).password ?? "";
      expect(kept).not.toContain("Sealed-password-1");
      expect(kept.length).toBeGreaterThan(20);
    });
  });
});
