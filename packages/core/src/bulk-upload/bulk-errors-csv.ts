import { prisma } from "@vax/db";
import Papa from "papaparse";
import type { TActor } from "../shared/actor";
import { findBulkUpload } from "./get-bulk-upload";
import { withoutRowSecrets } from "./row-secret";

/** Options for {@link bulkErrorsCsv}. */
export type BulkErrorsCsvOptions = { actor: TActor; id: string };

/** The column the errors CSV adds after the file's own. */
export const REASON_COLUMN = "reason";

const PAGE = 5_000;

/**
 * The failed rows of an upload as CSV: the file's header and each failed row's cells as uploaded
 * (secret cells left empty), plus a `reason` column; a byte order mark first so that spreadsheets
 * read it as UTF-8. Another tenant's upload is NOT_FOUND.
 */
export const bulkErrorsCsv = async ({
  actor,
  id,
}: BulkErrorsCsvOptions): Promise<{ fileName: string; csv: string }> => {
  const upload = await findBulkUpload({ actor, id });
  const lines: string[][] = [];
  for (let afterRow = 0; ; ) {
    const rows = await prisma.bulkUploadRow.findMany({
      where: { uploadId: upload.id, outcome: "FAILED", rowNumber: { gt: afterRow } },
      orderBy: { rowNumber: "asc" },
      take: PAGE,
      select: { rowNumber: true, data: true, error: true },
    });
    for (const row of rows) {
      const cells = withoutRowSecrets(upload.kind, row.data as Record<string, string>);
      lines.push([...upload.columns.map((name) => cells[name] ?? ""), row.error ?? ""]);
    }
    if (rows.length < PAGE) break;
    afterRow = rows[rows.length - 1]?.rowNumber ?? afterRow;
  }
  const csv = Papa.unparse(
    { fields: [...upload.columns, REASON_COLUMN], data: lines },
    { newline: "\r\n", escapeFormulae: true },
  );
  const base = upload.fileName.replace(/\.csv$/i, "").replace(/[^\w.-]+/g, "_") || "upload";
  return { fileName: `${base}-errors.csv`, csv: `\ufeff${csv}\r\n` };
};
