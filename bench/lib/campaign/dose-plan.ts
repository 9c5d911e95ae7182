import { newCertificateId } from "@vax/core";
import type { Database } from "@vax/db";
import { forEachChunk } from "./sql.ts";

/**
 * Plans the campaign's doses in the session's temporary tables: `bench_dose` (each dose's recipient, number, time
 * and certificate id) and `bench_recipient` (the recipients by their number k). Recipient k (1..R) has a first
 * dose; recipients 1..(doses - R) a second one too, 28 to 55 days later.
 */
export const planCampaignDoses = async (
  db: Database,
  {
    tenantId: t,
    doses,
    recipients,
    days,
    start,
  }: { tenantId: string; doses: number; recipients: number; days: number; start: Date },
) => {
  const firstDoseDays = Math.max(days - 60, 1);
  await db.$executeRawUnsafe(`
    CREATE TEMPORARY TABLE "bench_dose" (
      "n" int PRIMARY KEY, "k" int NOT NULL, "dose" int NOT NULL, "at" timestamp(3) NOT NULL, "certificateId" text NOT NULL)`);
  await forEachChunk(doses, async (from, to) => {
    const ids = Array.from({ length: to - from + 1 }, () => newCertificateId());
    // n ≤ R is recipient n's first dose; n > R is recipient (n - R)'s second.
    await db.$executeRawUnsafe(
      `INSERT INTO "bench_dose" ("n", "k", "dose", "at", "certificateId")
       SELECT n, k, dose, '${start.toISOString()}'::timestamp
           + make_interval(days => ((k * ${firstDoseDays}) / ${recipients} + CASE WHEN dose = 2 THEN 28 + k % 28 ELSE 0 END)::int,
                           mins => (480 + (k * 37) % 600)::int),
         "certificateId"
       FROM (SELECT ${from} - 1 + o AS n, "certificateId" FROM unnest($1::text[]) WITH ORDINALITY AS given("certificateId", o)) AS g,
         LATERAL (SELECT CASE WHEN n <= ${recipients} THEN n ELSE n - ${recipients} END AS k,
                         CASE WHEN n <= ${recipients} THEN 1 ELSE 2 END AS dose) AS d`,
      ids,
    );
  });
  await db.$executeRawUnsafe(`
    CREATE TEMPORARY TABLE "bench_recipient" AS
    SELECT row_number() OVER (ORDER BY "identityNumber") AS "k", "id", "name", "dateOfBirth", "gender", "identityNumber"
    FROM "Recipient" WHERE "tenantId" = '${t}'`);
  await db.$executeRawUnsafe(`ALTER TABLE "bench_recipient" ADD PRIMARY KEY ("k")`);
};
