import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { csv, errorRows, onlyChunk, suffix, upload, uploadAndRun } from "./bulk-upload-fixture";
import { getBulkUpload } from "./get-bulk-upload";
import { processBulkChunk } from "./process-bulk-chunk";

describe("bulk uploads", () => {
  let home: TTenantSetUp;

  beforeAll(async () => {
    home = await tenantWithCatalogue();
  });

  describe("facilities", () => {
    const facility = (code: string, fields: Record<string, string> = {}) => ({
      code,
      name: `Health centre ${code}`,
      addressLine: "1 Main Road",
      country: "IN",
      category: "government",
      pincode: "",
      programmes: home.catalogue.covid.name,
      ...fields,
    });

    it("creates the valid rows with the facility form's rules, reports the others, and a re-upload creates nothing", async () => {
      const tag = suffix();
      const text = csv([
        facility(`BULK-${tag}-1`),
        facility(`BULK-${tag}-2`, { pincode: "12" }),
        facility(`BULK-${tag}-3`, { programmes: "No such programme" }),
      ]);
      const first = await uploadAndRun(home.admin, "facilities", text);
      expect(first.view).toMatchObject({
        status: "done",
        total: 3,
        processed: 3,
        succeeded: 1,
        failed: 2,
        existing: 0,
      });
      const created = await prisma.facility.findFirstOrThrow({
        where: { code: `BULK-${tag}-1` },
        include: { programmes: true },
      });
      expect(created.programmes.map(({ id }) => id)).toEqual([home.catalogue.covid.id]);
      const errors = await errorRows(home.admin, first.id);
      expect(errors.map((row) => [row.code, row.reason])).toEqual([
        [`BULK-${tag}-2`, "PIN code must be 4 to 10 digits"],
        [`BULK-${tag}-3`, "Unknown programme"],
      ]);
      expect(errors[0]?.programmes).toBe(home.catalogue.covid.name);

      const again = await uploadAndRun(home.admin, "facilities", text);
      expect(again.view).toMatchObject({ status: "done", succeeded: 1, existing: 1, failed: 2 });
      expect(await prisma.facility.count({ where: { code: { startsWith: `BULK-${tag}` } } })).toBe(1);
    });

    it("creates each row once when the same chunk runs twice at once", async () => {
      const tag = suffix();
      const { id } = await upload(
        home.admin,
        "facilities",
        csv([1, 2, 3, 4].map((n) => facility(`TWICE-${tag}-${n}`))),
      );
      const chunk = onlyChunk(id, "facilities", 4);
      await Promise.all([processBulkChunk(chunk), processBulkChunk(chunk)]);
      await processBulkChunk(chunk);
      expect(await prisma.facility.count({ where: { code: { startsWith: `TWICE-${tag}` } } })).toBe(4);
      expect(await getBulkUpload({ actor: home.admin, id })).toMatchObject({
        status: "done",
        succeeded: 4,
        existing: 0,
      });
      expect(
        await prisma.auditEvent.count({
          where: {
            action: "facility.created",
            entityId: {
              in: (await prisma.facility.findMany({ where: { code: { startsWith: `TWICE-${tag}` } } })).map(
                (f) => f.id,
              ),
            },
          },
        }),
      ).toBe(4);
    });
  });
});
