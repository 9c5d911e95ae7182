import type { Database, DatabaseTransaction } from "./client";
import { Prisma } from "./generated/prisma/client";

/** What one refresh of a tenant's analytics summaries did. */
export type TAnalyticsSummariesRefresh = {
  /** "refreshed" when recomputed; "unchanged" when nothing was counted since; "busy" when another refresh held it. */
  outcome: "refreshed" | "unchanged" | "busy";
  /** The instant the standing summaries are true of; null when the tenant's have never been computed. */
  refreshedAt: Date | null;
};

/** Options for {@link refreshAnalyticsSummaries}. */
export type RefreshAnalyticsSummariesOptions = {
  tenantId: string;
  now: Date;
  /** Recompute even when the tenant's rows look unchanged since the last refresh. */
  force?: boolean;
};

// A recount takes seconds at a million doses; the default five seconds of an interactive transaction is too short.
const REFRESH_TIMEOUT_MS = 10 * 60_000;

// One key per tenant, so two workers (or a worker and an admin's "refresh now") never recount it at once.
const tryLock = async (tx: DatabaseTransaction, tenantId: string): Promise<boolean> => {
  const [row] = await tx.$queryRaw<{ locked: boolean }[]>`
    SELECT pg_try_advisory_xact_lock(hashtext('analytics:' || ${tenantId})) AS locked`;
  return row?.locked === true;
};

// Certificates are never deleted and every recorded dose, correction and status change writes one, so their count
// and latest change (with the feedback's) move whenever a figure could. A change stamped before the last refresh but
// committed after it shows at the next change; the admin's "refresh now" forces a recount.
const sourceMark = async (tx: DatabaseTransaction, tenantId: string): Promise<string> => {
  const [row] = await tx.$queryRaw<{ mark: string }[]>`
    SELECT concat_ws('|',
      (SELECT count(*) FROM "Certificate" WHERE "tenantId" = ${tenantId}),
      (SELECT max("updatedAt") FROM "Certificate" WHERE "tenantId" = ${tenantId}),
      (SELECT count(*) FROM "Feedback" WHERE "tenantId" = ${tenantId}),
      (SELECT max("createdAt") FROM "Feedback" WHERE "tenantId" = ${tenantId})) AS mark`;
  return row?.mark ?? "";
};

// Days are UTC calendar days: timestamp(3) columns hold UTC, so a cast to date cuts at UTC midnight.
const recount = async (tx: DatabaseTransaction, tenantId: string) => {
  for (const table of [
    "AnalyticsDay",
    "AnalyticsFacilityDay",
    "AnalyticsFacilityMonth",
    "AnalyticsVaccineDay",
    "AnalyticsRatingDay",
  ]) {
    await tx.$executeRaw`DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE "tenantId" = ${tenantId}`;
  }
  await tx.$executeRaw`
    INSERT INTO "AnalyticsDay" ("tenantId", "day", "programmeId", "doses", "certificates", "corrections", "revocations")
    SELECT ${tenantId}, "day", "programmeId", sum("doses"), sum("certificates"), sum("corrections"), sum("revocations")
    FROM (
      SELECT "vaccinatedAt"::date AS "day", "programmeId", count(*) AS "doses", 0 AS "certificates", 0 AS "corrections", 0 AS "revocations"
      FROM "VaccinationEvent" WHERE "tenantId" = ${tenantId} GROUP BY 1, 2
      UNION ALL
      SELECT "issuedAt"::date, "programmeId", 0, count(*), count("previousId"), 0
      FROM "Certificate" WHERE "tenantId" = ${tenantId} GROUP BY 1, 2
      UNION ALL
      SELECT "updatedAt"::date, "programmeId", 0, 0, 0, count(*)
      FROM "Certificate" WHERE "tenantId" = ${tenantId} AND "status" = 'REVOKED' GROUP BY 1, 2
    ) AS "counts"
    GROUP BY "day", "programmeId"`;
  // Both per-facility and per-vaccine figures need each certificate's dose, so the join is made once.
  await tx.$executeRaw`
    CREATE TEMPORARY TABLE "analytics_issued" ON COMMIT DROP AS
    SELECT c."issuedAt"::date AS "day", c."programmeId", e."facilityId", e."vaccineId", c."dose"
    FROM "Certificate" c JOIN "VaccinationEvent" e ON e."id" = c."vaccinationEventId"
    WHERE c."tenantId" = ${tenantId}`;
  await tx.$executeRaw`
    INSERT INTO "AnalyticsFacilityDay" ("tenantId", "day", "programmeId", "facilityId", "doses", "certificates")
    SELECT ${tenantId}, "day", "programmeId", "facilityId", sum("doses"), sum("certificates")
    FROM (
      SELECT "vaccinatedAt"::date AS "day", "programmeId", "facilityId", count(*) AS "doses", 0 AS "certificates"
      FROM "VaccinationEvent" WHERE "tenantId" = ${tenantId} GROUP BY 1, 2, 3
      UNION ALL
      SELECT "day", "programmeId", "facilityId", 0, count(*) FROM "analytics_issued" GROUP BY 1, 2, 3
    ) AS "counts"
    GROUP BY "day", "programmeId", "facilityId"`;
  await tx.$executeRaw`
    INSERT INTO "AnalyticsFacilityMonth" ("tenantId", "month", "programmeId", "facilityId", "doses", "certificates")
    SELECT ${tenantId}, date_trunc('month', "day")::date, "programmeId", "facilityId", sum("doses"), sum("certificates")
    FROM "AnalyticsFacilityDay" WHERE "tenantId" = ${tenantId}
    GROUP BY 2, 3, 4`;
  await tx.$executeRaw`
    INSERT INTO "AnalyticsVaccineDay" ("tenantId", "day", "programmeId", "vaccineId", "dose", "doses", "certificates")
    SELECT ${tenantId}, "day", "programmeId", "vaccineId", "dose", sum("doses"), sum("certificates")
    FROM (
      SELECT "vaccinatedAt"::date AS "day", "programmeId", "vaccineId", "dose", count(*) AS "doses", 0 AS "certificates"
      FROM "VaccinationEvent" WHERE "tenantId" = ${tenantId} GROUP BY 1, 2, 3, 4
      UNION ALL
      SELECT "day", "programmeId", "vaccineId", "dose", 0, count(*) FROM "analytics_issued" GROUP BY 1, 2, 3, 4
    ) AS "counts"
    GROUP BY "day", "programmeId", "vaccineId", "dose"`;
  await tx.$executeRaw`
    INSERT INTO "AnalyticsRatingDay" ("tenantId", "day", "programmeId", "rating", "count")
    SELECT ${tenantId}, f."createdAt"::date, c."programmeId", f."rating", count(*)
    FROM "Feedback" f JOIN "Certificate" c ON c."id" = f."certificateId"
    WHERE f."tenantId" = ${tenantId} AND f."rating" IS NOT NULL
    GROUP BY 2, 3, 4`;
};

/**
 * Recomputes one tenant's analytics summaries (`AnalyticsDay`, `AnalyticsFacilityDay` and
 * `AnalyticsFacilityMonth`, `AnalyticsVaccineDay`, `AnalyticsRatingDay`) from its doses, certificates and feedback, in one
 * repeatable-read transaction, so the figures always come from one instant and a reader sees the
 * old set or the new one, never half of each. Skipped when the rows counted are unchanged since
 * the last refresh (unless forced), or when another refresh of the tenant is running.
 */
export const refreshAnalyticsSummaries = (
  db: Database,
  { tenantId, now, force = false }: RefreshAnalyticsSummariesOptions,
): Promise<TAnalyticsSummariesRefresh> =>
  db.$transaction(
    async (tx) => {
      const last = await tx.analyticsRefresh.findUnique({ where: { tenantId } });
      if (!(await tryLock(tx, tenantId))) return { outcome: "busy", refreshedAt: last?.refreshedAt ?? null };
      const mark = await sourceMark(tx, tenantId);
      const unchanged = !force && last?.sourceMark === mark;
      if (!unchanged) await recount(tx, tenantId);
      // Unchanged figures are still true now, and the dashboard says as of when.
      await tx.analyticsRefresh.upsert({
        where: { tenantId },
        create: { tenantId, refreshedAt: now, sourceMark: mark },
        update: { refreshedAt: now, sourceMark: mark },
      });
      return { outcome: unchanged ? "unchanged" : "refreshed", refreshedAt: now };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: REFRESH_TIMEOUT_MS, maxWait: 30_000 },
  );
