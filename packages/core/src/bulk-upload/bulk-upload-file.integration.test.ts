import { prisma } from "@vax/db";
import { beforeAll, describe, expect, it } from "vitest";
import { type TTenantSetUp, tenantWithCatalogue } from "../testing/issuance-fixture";
import { rejection } from "../testing/rejection";
import { bulkTemplateCsv } from "./bulk-template";
import { csv, errorRows, onlyChunk, runAll, suffix, upload, uploadAndRun } from "./bulk-upload-fixture";
import { cancelBulkUpload } from "./cancel-bulk-upload";
import { createBulkUpload } from "./create-bulk-upload";
import { getBulkUpload } from "./get-bulk-upload";
import { giveUpBulkChunk } from "./process-bulk-chunk";

describe("bulk uploads", () => {
  let home: TTenantSetUp;

  beforeAll(async () => {
    home = await tenantWithCatalogue();
  });

  describe("the file and the upload", () => {
    it("refuses a header that does not fit the kind, or a file that is not UTF-8, and stores nothing", async () => {
      const before = await prisma.bulkUpload.count();
      const header = await rejection(upload(home.admin, "facilities", "code,name,colour\r\nA,B,C\r\n"));
      expect(header).toMatchObject({ code: "VALIDATION_FAILED" });
      expect(header.message).toMatch(/unknown column colour; missing columns addressLine, country, category/);
      const binary = await rejection(
        createBulkUpload({
          actor: home.admin,
          kind: "facilities",
          fileName: "sheet.xlsx",
          stream: new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x80])]).stream(),
        }),
      );
      expect(binary.message).toMatch(/not a UTF-8 CSV/);
      expect(await prisma.bulkUpload.count()).toBe(before);
    });

    it("cancels an upload: the rest of its rows are not processed", async () => {
      const tag = suffix();
      const text = csv(
        [1, 2].map((n) => ({
          code: `CANCEL-${tag}-${n}`,
          name: "X",
          addressLine: "Y",
          country: "IN",
          category: "PRIVATE",
        })),
      );
      const { id } = await upload(home.admin, "facilities", text);
      expect((await cancelBulkUpload({ actor: home.admin, id })).status).toBe("cancelled");
      await runAll(id);
      expect(await prisma.facility.count({ where: { code: { startsWith: `CANCEL-${tag}` } } })).toBe(0);
      expect(await getBulkUpload({ actor: home.admin, id })).toMatchObject({ status: "cancelled", processed: 0 });
      expect(await rejection(cancelBulkUpload({ actor: home.admin, id }))).toMatchObject({ code: "CONFLICT" });
    });

    it("settles a chunk given up after its tries as failed rows with the reason, and finishes the upload", async () => {
      const tag = suffix();
      const text = csv(
        [1, 2].map((n) => ({
          code: `GIVEN-UP-${tag}-${n}`,
          name: "X",
          addressLine: "Y",
          country: "IN",
          category: "PRIVATE",
        })),
      );
      const { id } = await upload(home.admin, "facilities", text);
      await giveUpBulkChunk(onlyChunk(id, "facilities", 2), "connection refused");
      expect(await getBulkUpload({ actor: home.admin, id })).toMatchObject({ status: "done", processed: 2, failed: 2 });
      expect((await errorRows(home.admin, id)).map((row) => [row.code, row.reason])).toEqual([
        [`GIVEN-UP-${tag}-1`, "Not processed after repeated tries: connection refused"],
        [`GIVEN-UP-${tag}-2`, "Not processed after repeated tries: connection refused"],
      ]);
      expect(await prisma.facility.count({ where: { code: { startsWith: `GIVEN-UP-${tag}` } } })).toBe(0);
    });

    it("shows another tenant's upload to nobody, and gives a template whose example row is valid", async () => {
      const other = await tenantWithCatalogue();
      const { id } = await upload(
        home.admin,
        "facilities",
        "code,name,addressLine,country,category\r\nA-1,B,C,IN,PRIVATE\r\n",
      );
      expect(await rejection(getBulkUpload({ actor: other.admin, id }))).toMatchObject({ code: "NOT_FOUND" });
      const template = await bulkTemplateCsv({ actor: other.admin, kind: "certify" });
      const result = await uploadAndRun(other.admin, "certify", template);
      expect(result.view).toMatchObject({ status: "done", succeeded: 1, failed: 0 });
    });
  });
});
