import type { Database } from "@vax/db";
import { STATUS_LIST_SIZE, uuid7Sql, uuidText } from "./sql.ts";

/** Gives every `1 / feedbackShare`-th first-version certificate its holder's rating of the facility, a day after issue. */
export const insertCampaignFeedback = (
  db: Database,
  { tenantId: t, feedbackShare, now }: { tenantId: string; feedbackShare: number; now: Date },
) => {
  const feedbackEvery = Math.max(Math.round(1 / feedbackShare), 1);
  return db.$executeRawUnsafe(`
    INSERT INTO "Feedback" ("id", "tenantId", "certificateId", "facilityId", "mobile", "rating", "message", "createdAt")
    SELECT ${uuidText(uuid7Sql(`c."issuedAt"`, 6, `c."statusListIndex" + 131072 * c."statusListNumber"`))}, '${t}',
      c."id", e."facilityId", r."mobile", (ARRAY[5,5,5,4,4,4,3,2,1,5])[1 + (c."statusListIndex" % 10)],
      CASE WHEN c."statusListIndex" % 3 = 0 THEN 'Quick and friendly' ELSE '' END,
      LEAST(c."issuedAt" + interval '1 day', '${now.toISOString()}'::timestamp)
    FROM "Certificate" c JOIN "VaccinationEvent" e ON e."id" = c."vaccinationEventId"
    JOIN "Recipient" r ON r."id" = c."recipientId"
    WHERE c."tenantId" = '${t}' AND c."version" = 1
      AND (c."statusListNumber" * ${STATUS_LIST_SIZE} + c."statusListIndex") % ${feedbackEvery} = 3`);
};
