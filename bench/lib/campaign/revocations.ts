import { newCertificateId } from "@vax/core";
import type { Database } from "@vax/db";
import { STATUS_LIST_SIZE, uuid7Sql, uuidText } from "./sql.ts";

/** Revokes every `1 / revokedShare`-th certificate; its last change is the revocation, a few days after issue. */
export const revokeCampaignCertificates = (
  db: Database,
  { tenantId: t, revokedShare, now }: { tenantId: string; revokedShare: number; now: Date },
) => {
  const revokeEvery = Math.max(Math.round(1 / revokedShare), 1);
  return db.$executeRawUnsafe(`
    UPDATE "Certificate" SET "status" = 'REVOKED', "statusReason" = 'Recorded in error',
      "updatedAt" = LEAST("issuedAt" + make_interval(days => 1 + ("statusListIndex" % 9)), '${now.toISOString()}'::timestamp)
    WHERE "tenantId" = '${t}' AND ("statusListNumber" * ${STATUS_LIST_SIZE} + "statusListIndex") % ${revokeEvery} = 0`);
};

/**
 * Corrects every `1 / correctedShare`-th active certificate: a second version with its own id and status slot
 * (after the doses' slots) supersedes the first, whose revocation bit is set. Answers how many were corrected.
 */
export const correctCampaignCertificates = async (
  db: Database,
  { tenantId: t, doses, correctedShare }: { tenantId: string; doses: number; correctedShare: number },
): Promise<number> => {
  const correctEvery = Math.max(Math.round(1 / correctedShare), 1);
  const corrected = await db.$queryRawUnsafe<{ id: string }[]>(`
    SELECT "id" FROM "Certificate"
    WHERE "tenantId" = '${t}' AND "status" = 'ACTIVE'
      AND ("statusListNumber" * ${STATUS_LIST_SIZE} + "statusListIndex") % ${correctEvery} = 7
    ORDER BY "id"`);
  const correctionIds = corrected.map(() => newCertificateId());
  const correctedIds = corrected.map(({ id }) => id);
  await db.$executeRawUnsafe(
    `UPDATE "Certificate" SET "status" = 'SUPERSEDED', "statusReason" = 'Corrected', "currentSlot" = NULL,
       "updatedAt" = "issuedAt" + interval '3 days'
     WHERE "id" = ANY($1::text[])`,
    correctedIds,
  );
  await db.$executeRawUnsafe(
    `INSERT INTO "Certificate" ("id", "tenantId", "certificateId", "recipientId", "programmeId", "dose",
       "vaccinationEventId", "previousId", "version", "format", "payload", "nativeQr", "currentSlot",
       "statusListNumber", "statusListIndex", "signingKeyId", "issuedAt", "updatedAt")
     SELECT ${uuidText(uuid7Sql(`c."issuedAt"`, 5, `o."m"`))}, c."tenantId", ($2::text[])[o."m"], c."recipientId",
       c."programmeId", c."dose", c."vaccinationEventId", c."id", 2, c."format",
       jsonb_set(c."payload", '{id}', to_jsonb('urn:vax:certificate:' || ($2::text[])[o."m"])),
       c."nativeQr", c."recipientId" || ':' || c."programmeId" || ':' || c."dose" || ':W3C_VC',
       1 + (${doses} + o."m" - 1) / ${STATUS_LIST_SIZE}, (${doses} + o."m" - 1) % ${STATUS_LIST_SIZE}, c."signingKeyId",
       c."issuedAt" + interval '3 days', c."issuedAt" + interval '3 days'
     FROM unnest($1::text[]) WITH ORDINALITY AS o("id", "m") JOIN "Certificate" c ON c."id" = o."id"`,
    correctedIds,
    correctionIds,
  );
  return corrected.length;
};
