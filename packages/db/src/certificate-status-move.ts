import type { DatabaseTransaction } from "./client";
import { type CertificateStatus, Prisma } from "./generated/prisma/client";

/** A certificate's move from the status it was read in to a new one. */
export type TCertificateStatusMove = {
  id: string;
  from: CertificateStatus;
  to: CertificateStatus;
  reason: string;
  suspendedUntil: Date | null;
  at: Date;
};

const stamp = (date: Date | null) =>
  date ? Prisma.sql`${date.toISOString()}::timestamp(3)` : Prisma.sql`NULL::timestamp(3)`;

const valuesOf = (moves: TCertificateStatusMove[]) =>
  Prisma.join(
    moves.map(
      (move) =>
        Prisma.sql`(${move.id}::text, ${move.from}::"CertificateStatus", ${move.to}::"CertificateStatus",
          ${move.reason}::text, ${stamp(move.suspendedUntil)}, ${stamp(move.at)})`,
    ),
  );

/**
 * Moves certificates to new statuses in one statement, each only if its status is still the one
 * it was read in (so of two changes at once one finds it moved), and answers the ids that moved.
 * Each certificate may be named once: which of two moves of one row an UPDATE … FROM applies is
 * not defined, so a caller with two moves of one certificate makes them one after the other.
 */
export const moveCertificateStatuses = async (
  db: DatabaseTransaction,
  moves: TCertificateStatusMove[],
): Promise<Set<string>> => {
  if (new Set(moves.map(({ id }) => id)).size !== moves.length) {
    throw new Error("A certificate is named twice in one move of statuses");
  }
  if (!moves.length) return new Set();
  const moved = await db.$queryRaw<Array<{ id: string }>>`
    UPDATE "Certificate" AS certificate
    SET "status" = move.to_status, "statusReason" = move.reason, "suspendedUntil" = move.until, "updatedAt" = move.at
    FROM (VALUES ${valuesOf(moves)}) AS move(id, from_status, to_status, reason, until, at)
    WHERE certificate."id" = move.id AND certificate."status" = move.from_status
    RETURNING certificate."id"`;
  return new Set(moved.map(({ id }) => id));
};
