import { Readable } from "node:stream";
import Papa from "papaparse";
import { AppError } from "../errors";
import { bulkHeaderProblem } from "../schemas/bulk-columns";
import type { TBulkKind } from "../schemas/bulk-upload";

/** One data row of an uploaded CSV: its number in the file (the header is row 1), its cells by column, and why it cannot be read, if so. */
export type TCsvRow = { rowNumber: number; cells: Record<string, string>; problem: string | null };

/** An uploaded CSV read through: its header, in order, and its data rows. */
export type TParsedCsv = { header: string[]; rows: TCsvRow[] };

/** Options for {@link parseBulkCsv}. */
export type ParseBulkCsvOptions = { kind: TBulkKind; stream: ReadableStream<Uint8Array> };

const refuse = (message: string, path = "file") => new AppError("VALIDATION_FAILED", message, [{ path, message }]);

const NOT_UTF8 = "The file is not a UTF-8 CSV file: save it from the spreadsheet as CSV UTF-8";

/**
 * Reads an uploaded CSV as a stream with papaparse: UTF-8 with or without a byte order mark,
 * quoted fields (with commas, quotes and line breaks inside), CRLF or LF line ends; blank lines are
 * skipped. The header must fit the kind (every required column, nothing unknown), or the whole file
 * is refused; a row whose fields do not line up with the header, or whose quotes are broken, is
 * kept with the reason, to be reported as a failed row.
 */
export const parseBulkCsv = async ({ kind, stream }: ParseBulkCsvOptions): Promise<TParsedCsv> => {
  // TextDecoderStream drops a leading BOM and, fatal, refuses bytes that are not UTF-8 (a spreadsheet's binary file).
  const decoder = new TextDecoderStream("utf-8", { fatal: true }) as unknown as TransformStream<Uint8Array, string>;
  const text = Readable.fromWeb(stream.pipeThrough(decoder) as never);
  let header: string[] | null = null;
  let headerProblem: string | null = null;
  const rows: TCsvRow[] = [];
  let line = 0;
  await new Promise<void>((resolve, reject) => {
    text.on("error", () => reject(refuse(NOT_UTF8)));
    Papa.parse<string[]>(text, {
      skipEmptyLines: "greedy",
      step: (result, parser) => {
        line += 1;
        const cells = result.data.map((cell) => cell.trim());
        if (!header) {
          header = cells;
          headerProblem = bulkHeaderProblem(kind, header);
          if (headerProblem) parser.abort();
          return;
        }
        const [error] = result.errors;
        const fields = header;
        const problem = error
          ? `This row cannot be read: ${error.message}`
          : cells.length !== fields.length
            ? `This row has ${cells.length} fields where the header has ${fields.length}`
            : null;
        rows.push({
          rowNumber: line,
          cells: Object.fromEntries(fields.map((name, index) => [name, cells[index] ?? ""])),
          problem,
        });
      },
      complete: () => resolve(),
      error: () => reject(refuse(NOT_UTF8)),
    });
  });
  if (!header) throw refuse("The file is empty: it needs a header row and at least one row");
  if (headerProblem) throw refuse(headerProblem, "file.header");
  if (rows.length === 0) throw refuse("The file has a header but no rows");
  return { header, rows };
};
