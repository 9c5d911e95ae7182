import type { DatabaseTransaction } from "@vax/db";
import { AppError } from "../errors";

/** A programme a vaccine or facility is linked to, as forms and lists show it. */
export type TProgrammeRef = { id: string; name: string };

/** The `include` that reads a record's programmes as {@link TProgrammeRef}s, in name order. */
export const programmeRefsInclude = {
  programmes: { select: { id: true, name: true }, orderBy: { name: "asc" } },
} as const;

/**
 * The programmes a vaccine or facility is linked to, as Prisma `connect`/`set` references, after
 * checking that every one of them belongs to the tenant; one that does not fails the whole change.
 */
export const tenantProgrammes = async (db: DatabaseTransaction, tenantId: string, ids: readonly string[]) => {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const found = await db.programme.count({ where: { tenantId, id: { in: wanted } } });
  if (found !== wanted.length) {
    throw new AppError("VALIDATION_FAILED", "A chosen programme does not exist in this tenant", [
      { path: "programmeIds", message: "Unknown programme" },
    ]);
  }
  return wanted.map((id) => ({ id }));
};
