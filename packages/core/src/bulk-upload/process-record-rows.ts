import { type DatabaseTransaction, prisma } from "@vax/db";
import type { z } from "zod";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import { isUniqueViolation } from "../shared/unique-violation";
import { RowAlreadySettled, reasonOf, settleRow, type TPendingRow } from "./bulk-row";
import type { TTenantRefs } from "./tenant-refs";

/**
 * How one kind of record is made from a row, by the same schema and use case as its single-record
 * form: `input` only renames the CSV's cells into the form's fields; `existing` finds the record
 * the row's natural key names (a re-upload finds what the first one made); `prepare` does slow
 * work before the transaction (hashing a password); `create` is the use case, run inside the
 * transaction that settles the row.
 */
export type TRecordKind<I, P = I> = {
  input: (cells: Record<string, string>, refs: TTenantRefs) => unknown;
  schema: z.ZodType<I>;
  existing: (tenantId: string, input: I) => Promise<string | null>;
  prepare: (input: I) => Promise<P>;
  create: (tx: DatabaseTransaction, actor: TActor, prepared: P) => Promise<string>;
  /** The message of a unique violation that is not the natural key (another record's identity). */
  duplicate: (error: unknown) => string;
};

/** Options for {@link processRecordRows}. */
export type ProcessRecordRowsOptions<I, P> = {
  kind: string;
  recordKind: TRecordKind<I, P>;
  actor: TActor;
  tenantId: string;
  refs: TTenantRefs;
  rows: TPendingRow[];
  /** Whether the upload is still to be processed; checked before each row, so a cancel stops a chunk. */
  stillWanted: () => Promise<boolean>;
};

const processRow = async <I, P>(
  { kind, recordKind, actor, tenantId, refs }: ProcessRecordRowsOptions<I, P>,
  row: TPendingRow,
): Promise<void> => {
  const parsed = recordKind.schema.safeParse(recordKind.input(row.data, refs));
  if (!parsed.success) {
    await settleRow(prisma, kind, row, { outcome: "FAILED", error: reasonOf(parsed.error) });
    return;
  }
  const found = await recordKind.existing(tenantId, parsed.data);
  if (found) {
    await settleRow(prisma, kind, row, { outcome: "EXISTING", recordId: found });
    return;
  }
  try {
    const prepared = await recordKind.prepare(parsed.data);
    await prisma.$transaction(async (tx) => {
      const recordId = await recordKind.create(tx, actor, prepared);
      if (!(await settleRow(tx, kind, row, { outcome: "CREATED", recordId }))) throw new RowAlreadySettled();
    });
  } catch (error) {
    if (error instanceof RowAlreadySettled) return;
    if (error instanceof AppError) {
      await settleRow(prisma, kind, row, { outcome: "FAILED", error: reasonOf(error) });
      return;
    }
    if (!isUniqueViolation(error)) throw error;
    // Someone stored the same key meanwhile (another run of this chunk, or a form): it exists now.
    const now = await recordKind.existing(tenantId, parsed.data);
    await settleRow(
      prisma,
      kind,
      row,
      now ? { outcome: "EXISTING", recordId: now } : { outcome: "FAILED", error: recordKind.duplicate(error) },
    );
  }
};

/**
 * Processes rows one by one: a row whose record already exists (by its natural key) is settled
 * EXISTING with that record's id; one the schema or use case refuses, FAILED with the reason;
 * otherwise the record is created and the row settled CREATED in the same transaction, so a stop at
 * any point leaves both or neither, and a second run of the same rows creates nothing twice.
 */
export const processRecordRows = async <I, P>(options: ProcessRecordRowsOptions<I, P>): Promise<void> => {
  for (const row of options.rows) {
    if (!(await options.stillWanted())) return;
    await processRow(options, row);
  }
};
