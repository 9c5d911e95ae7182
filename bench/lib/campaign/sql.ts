// SQL fragments the campaign's set-based INSERTs share.

/** Rows per INSERT: large enough to be set-based, small enough that one statement's certificate ids fit one parameter. */
export const CHUNK = 100_000;
export const DAY_MS = 86_400_000;
/** Slots per status list, as the platform allocates them. */
export const STATUS_LIST_SIZE = 131_072;

/** A SQL array literal of the given strings (they are the generator's own words, never outside input). */
export const sqlText = (values: readonly string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(",")}]`;

/** A time-ordered id shaped like the uuid7 the platform writes: the time's milliseconds, then `kind` and `n`. */
export const uuid7Sql = (time: string, kind: number, n: string) =>
  `(lpad(to_hex((extract(epoch FROM ${time}) * 1000)::bigint), 12, '0') || '7${kind.toString(16)}' || lpad(to_hex(${n}), 18, '0'))`;

/** The 32 hex digits of `uuid7Sql` written as a uuid. */
export const uuidText = (hex: string) =>
  `(substr(${hex},1,8) || '-' || substr(${hex},9,4) || '-' || substr(${hex},13,4) || '-8' || substr(${hex},18,3) || '-' || substr(${hex},21,12))`;

/** Calls `write` for each chunk of 1..total, as the first and last number of the chunk. */
export const forEachChunk = async (total: number, write: (from: number, to: number) => Promise<void>) => {
  for (let from = 1; from <= total; from += CHUNK) await write(from, Math.min(from + CHUNK - 1, total));
};
