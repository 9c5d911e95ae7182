import { bulkInsert, prisma, type TBulkColumns, uuid7 } from "@vax/db";
import type { TBulkKind } from "../schemas/bulk-upload";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { parseBulkCsv, type TCsvRow } from "./parse-bulk-csv";
import { sealRowSecrets, withoutRowSecrets } from "./row-secret";

/** Options for {@link createBulkUpload}. */
export type CreateBulkUploadOptions = {
  actor: TActor;
  kind: TBulkKind;
  fileName: string;
  /** The file's bytes, read as they come. */
  stream: ReadableStream<Uint8Array>;
};

// Rows written per statement: few statements for 100,000 rows, each of a few megabytes at most.
const INSERT_BATCH = 5_000;

type TStoredRow = { uploadId: string; row: TCsvRow; data: Record<string, string>; at: string };

const rowColumns: TBulkColumns<TStoredRow> = {
  id: ["text", () => uuid7()],
  uploadId: ["text", ({ uploadId }) => uploadId],
  rowNumber: ["integer", ({ row }) => row.rowNumber],
  data: ["jsonb", ({ data }) => JSON.stringify(data)],
  outcome: ['"BulkRowOutcome"', ({ row }) => (row.problem ? "FAILED" : "PENDING")],
  error: ["text", ({ row }) => row.problem],
  processedAt: ["timestamp(3)", ({ row, at }) => (row.problem ? at : null)],
};

/**
 * Reads an uploaded CSV and stores it as a queued bulk upload, one row record per data row, for
 * the workers to process; answers its id. A file that is not UTF-8 CSV, or whose header does not
 * fit the kind, is refused and nothing is stored. A row that cannot be read (broken quotes, fields
 * that do not line up) is stored as failed with the reason. Secret cells (a user's first password)
 * are sealed before they are stored. The upload, its rows and the audit event are one transaction.
 */
export const createBulkUpload = async ({ actor, kind, fileName, stream }: CreateBulkUploadOptions) => {
  const tenantId = tenantOf(actor);
  const { header, rows } = await parseBulkCsv({ kind, stream });
  const now = new Date();
  return prisma.$transaction(
    async (tx) => {
      const upload = await tx.bulkUpload.create({
        data: {
          tenantId,
          kind,
          fileName: fileName.slice(0, 200),
          columns: header,
          totalRows: rows.length,
          uploadedById: actor.type === "USER" ? actor.id : null,
          apiClientId: actor.type === "API_CLIENT" ? actor.id : null,
        },
      });
      const at = now.toISOString();
      for (let start = 0; start < rows.length; start += INSERT_BATCH) {
        await bulkInsert(
          tx,
          "BulkUploadRow",
          rowColumns,
          rows.slice(start, start + INSERT_BATCH).map((row) => ({
            uploadId: upload.id,
            row,
            // A row that cannot be read is never processed: its secret cells are not kept at all.
            data: row.problem ? withoutRowSecrets(kind, row.cells) : sealRowSecrets(kind, row.cells),
            at,
          })),
        );
      }
      await recordAudit(tx, actor, {
        action: "bulk-upload.created",
        entityType: "BulkUpload",
        entityId: upload.id,
        after: { kind, fileName: upload.fileName, rows: rows.length },
      });
      return { id: upload.id };
    },
    { timeout: 120_000 },
  );
};
