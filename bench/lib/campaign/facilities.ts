import type { Database } from "@vax/db";
import { sqlText, uuid7Sql, uuidText } from "./sql.ts";

const STATES = ["Maharashtra", "Karnataka", "Tamil Nadu", "Uttar Pradesh", "West Bengal"];

/**
 * Inserts the campaign's facilities across its districts, and numbers them from 0 in the session's temporary
 * table `bench_facility` for the recipients and doses to refer to.
 */
export const insertCampaignFacilities = async (
  db: Database,
  { tenantId: t, facilities, districts }: { tenantId: string; facilities: number; districts: number },
) => {
  await db.$executeRawUnsafe(`
    INSERT INTO "Facility" ("id", "tenantId", "code", "name", "addressLine", "district", "state", "pincode", "country", "category", "updatedAt")
    SELECT ${uuidText(uuid7Sql("now()", 1, "f"))}, '${t}', 'FAC' || lpad(f::text, 5, '0'),
      'Health centre ' || f, 'Main road ' || f, 'District ' || lpad((f % ${districts})::text, 2, '0'),
      (${sqlText(STATES)})[1 + (f % ${districts}) % ${STATES.length}], lpad((400000 + f)::text, 6, '0'), 'IN',
      CASE WHEN f % 4 = 0 THEN 'PRIVATE'::"FacilityCategory" ELSE 'GOVERNMENT'::"FacilityCategory" END, now()
    FROM generate_series(1, ${facilities}) AS f`);
  await db.$executeRawUnsafe(`
    CREATE TEMPORARY TABLE "bench_facility" AS
    SELECT row_number() OVER (ORDER BY "code") - 1 AS "n", "id", "name", "addressLine", "district", "state"
    FROM "Facility" WHERE "tenantId" = '${t}'`);
};
