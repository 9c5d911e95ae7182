import type { BulkRowOutcome, DatabaseTransaction, Prisma, prisma } from "@vax/db";
import type { z } from "zod";
import { AppError } from "../errors";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { withoutRowSecrets } from "./row-secret";

/** A row waiting to be processed: its id, number in the file and cells. */
export type TPendingRow = { id: string; rowNumber: number; data: Record<string, string> };

/** What became of a row, as recorded on it. */
export type TRowResult = {
  outcome: Exclude<BulkRowOutcome, "PENDING">;
  recordId?: string | null;
  error?: string | null;
};

type TDb = DatabaseTransaction | typeof prisma;

const MAX_REASON = 1_000;

/**
 * Records a row's result, only if it is still pending: a row that another run of the same chunk
 * settled first is left as that run recorded it. Answers whether this call settled it. Inside the
 * transaction that created the row's record, the row's lock makes a second run wait, then find it
 * settled and roll its own work back.
 */
export const settleRow = async (db: TDb, kind: string, row: TPendingRow, result: TRowResult): Promise<boolean> => {
  const { count } = await db.bulkUploadRow.updateMany({
    where: { id: row.id, outcome: "PENDING" },
    data: {
      outcome: result.outcome,
      recordId: result.recordId ?? null,
      error: result.error ? result.error.slice(0, MAX_REASON) : null,
      processedAt: new Date(),
      data: withoutRowSecrets(kind, row.data) as Prisma.InputJsonValue,
    },
  });
  return count === 1;
};

/** Thrown inside a row's transaction when another run settled the row first, to roll this one back. */
export class RowAlreadySettled extends Error {}

/** A failed row's reason, in words a person fixing the file can act on. */
export const reasonOf = (error: AppError | z.ZodError): string => {
  const messages =
    error instanceof AppError
      ? error.details.length
        ? error.details.map(({ message }) => message)
        : [error.message]
      : error.issues.map(({ message }) => message);
  return [...new Set(messages)].join("; ");
};

/** An empty cell is a missing value, as a form's untouched field is. */
export const cell = (cells: Record<string, string>, name: string): string | undefined => {
  const value = cells[name]?.trim();
  return value ? value : undefined;
};

/** The reason a unique violation gives, as the single-record form's conflict message for that column. */
export const duplicateReason =
  (messages: Record<string, string | { path: string; message: string }>) =>
  (error: unknown): string => {
    try {
      conflictOnDuplicate(messages)(error);
    } catch (conflict) {
      if (conflict instanceof AppError) return reasonOf(conflict);
    }
    return "This record already exists";
  };
