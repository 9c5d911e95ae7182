import { randomBytes } from "node:crypto";
import { prisma } from "@vax/db";
import Papa from "papaparse";
import { expect } from "vitest";
import type { TBulkKind } from "../schemas/bulk-upload";
import type { TActor } from "../shared/actor";
import { bulkChunks } from "./bulk-chunks";
import { bulkErrorsCsv } from "./bulk-errors-csv";
import { createBulkUpload } from "./create-bulk-upload";
import { getBulkUpload } from "./get-bulk-upload";
import { processBulkChunk } from "./process-bulk-chunk";

/** The rows as a CSV file the way a spreadsheet saves it (CRLF line ends). */
export const csv = (rows: Record<string, string>[]) => Papa.unparse(rows, { newline: "\r\n" });

/** Uploads `text` as a file of the kind, as the upload route does. */
export const upload = (actor: TActor, kind: TBulkKind, text: string) =>
  createBulkUpload({ actor, kind, fileName: `${kind}.csv`, stream: new Blob([text]).stream() });

/** Runs every chunk's job of the upload, as the worker would. */
export const runAll = async (id: string) => {
  const stored = await prisma.bulkUpload.findUniqueOrThrow({ where: { id } });
  for (const chunk of bulkChunks(id, stored.kind as TBulkKind, stored.totalRows)) await processBulkChunk(chunk);
};

/** The one chunk of a small upload. */
export const onlyChunk = (id: string, kind: TBulkKind, rows: number) => {
  const [chunk, ...rest] = bulkChunks(id, kind, rows);
  if (!chunk || rest.length) throw new Error("The upload is not one chunk");
  return chunk;
};

/** Uploads `text`, runs all of it, and answers the upload's id and how the caller sees it then. */
export const uploadAndRun = async (actor: TActor, kind: TBulkKind, text: string) => {
  const { id } = await upload(actor, kind, text);
  await runAll(id);
  return { id, view: await getBulkUpload({ actor, id }) };
};

/** The rows of the upload's errors CSV (which starts with a BOM), by column name. */
export const errorRows = async (actor: TActor, id: string) => {
  const { csv: text } = await bulkErrorsCsv({ actor, id });
  expect(text.startsWith("\ufeff")).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
};

/** A short random tag that keeps one test's codes, e-mails and numbers apart from another's. */
export const suffix = () => randomBytes(3).toString("hex").toUpperCase();
