import { randomBytes, randomUUID } from "node:crypto";
import type { DatabaseTransaction } from "./client";
import { Prisma } from "./generated/prisma/client";

/**
 * A column of a bulk insert: its SQL type and its value in each row. A `jsonb` column's value is
 * JSON text, stored as the JSON it spells.
 */
export type TBulkColumn<R> = [sqlType: string, value: (row: R) => string | number | null];

/** The columns of a bulk insert into a table, by column name. */
export type TBulkColumns<R> = Record<string, TBulkColumn<R>>;

// A text parameter stores a lone surrogate as U+FFFD, which PostgreSQL's JSON parser would refuse instead.
const wellFormed = (text: string): string => (text as unknown as { toWellFormed(): string }).toWellFormed();

// One row as a JSON array of its values in column order. JSON text goes in as it is, wrapped in an
// object so that a JSON null stays apart from SQL NULL, which a bare null stands for.
const rowJson = <R>(columns: TBulkColumn<R>[], row: R): string => {
  let json = "[";
  for (const [position, [sqlType, value]] of columns.entries()) {
    const cell = value(row);
    if (position) json += ",";
    if (sqlType === "jsonb") json += cell === null ? "null" : `{"v":${cell}}`;
    else json += JSON.stringify(typeof cell === "string" ? wellFormed(cell) : cell);
  }
  return `${json}]`;
};

// Dollar quotes around the rows' JSON: PostgreSQL reads everything up to the closing tag as it is, so
// the text needs no escaping, and a tag the text does not contain can never be closed early by it.
const dollarQuoted = (text: string): string => {
  for (;;) {
    const tag = `$rows_${randomBytes(8).toString("hex")}$`;
    if (!text.includes(tag)) return `${tag}${text}${tag}`;
  }
};

/**
 * Inserts many rows in one `INSERT … SELECT` over a JSON array with one array of values per row.
 * Prisma's createMany spends about half a millisecond a row in the client (every value passes
 * through its query plan), longer than signing the rows of a certify batch; an array parameter per
 * column (`unnest`) takes a tenth of that, but pg escapes every element into an array literal that
 * PostgreSQL parses back, and Prisma copies every parameter through JSON twice. The rows' JSON is made
 * by JSON.stringify, with JSON values put in unquoted, and goes in the statement as one dollar-quoted
 * literal: for a certify batch a third of the time. Dates go as ISO text, which timestamp(3) reads as
 * UTC, as Prisma stores them. A unique violation surfaces as {@link isBulkUniqueViolation}, unless
 * `skipDuplicates` passes over the rows that would raise one, as createMany's option does.
 */
export const bulkInsert = <R>(
  tx: DatabaseTransaction,
  table: string,
  columns: TBulkColumns<R>,
  rows: R[],
  { skipDuplicates = false }: { skipDuplicates?: boolean } = {},
) => {
  const names = Object.keys(columns);
  const typed = names.map((name) => columns[name] as TBulkColumn<R>);
  const values = typed.map(([sqlType], position) =>
    sqlType === "jsonb" ? `r->${position}->'v'` : `(r->>${position})::${sqlType}`,
  );
  const json = `[${rows.map((row) => rowJson(typed, row)).join(",")}]`;
  return tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(", ")}) SELECT ${values.join(", ")} FROM jsonb_array_elements(${dollarQuoted(json)}::jsonb) AS r${skipDuplicates ? " ON CONFLICT DO NOTHING" : ""}`,
  );
};

/** Whether an error is a unique violation raised by a raw statement such as {@link bulkInsert} (P2010). */
export const isBulkUniqueViolation = (error: unknown): boolean => {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2010") return false;
  const cause = (error.meta?.driverAdapterError as { cause?: { kind?: string } } | undefined)?.cause;
  return cause?.kind === "UniqueConstraintViolation";
};

/**
 * A new row id as `@default(uuid(7))` makes it (RFC 9562 section 5.7), for rows written without
 * Prisma's defaults: the millisecond time in the first 48 bits, version 7, then random bits.
 */
export const uuid7 = (): string => {
  const time = Date.now().toString(16).padStart(12, "0");
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(15, 18)}-${random.slice(19)}`;
};
