import type { Database } from "@vax/db";
import type { TCampaignCatalogue } from "./catalogue.ts";
import { forEachChunk, STATUS_LIST_SIZE, uuid7Sql, uuidText } from "./sql.ts";

/**
 * Inserts the planned doses (`bench_dose`) as vaccination events, each with its certificate: the W3C credential's
 * shape with a filler proof, and its revocation and suspension slots. `step` is told after each chunk.
 */
export const insertCampaignCertificates = (
  db: Database,
  catalogue: TCampaignCatalogue,
  { doses, facilities, step }: { doses: number; facilities: number; step: (what: string) => void },
) => {
  const { tenantId: t, slug, covid, mr } = catalogue;
  const vaccineOf = `CASE WHEN d."k" % 20 < 12 THEN '${covid[0]?.id}' WHEN d."k" % 20 < 16 THEN '${covid[1]?.id}'
    WHEN d."k" % 20 < 17 THEN '${covid[2]?.id}' ELSE '${mr.id}' END`;
  const programmeOf = `CASE WHEN d."k" % 20 < 17 THEN '${catalogue.covidProgrammeId}' ELSE '${catalogue.mrProgrammeId}' END`;
  const vaccineNames = `CASE WHEN d."k" % 20 < 12 THEN 'COVISHIELD' WHEN d."k" % 20 < 16 THEN 'COVAXIN'
    WHEN d."k" % 20 < 17 THEN 'Comirnaty' ELSE 'MR-VAC' END`;
  const eventId = uuidText(uuid7Sql(`d."at"`, 3, `d."n"`));
  const certificateRowId = uuidText(uuid7Sql(`d."at"`, 4, `d."n"`));
  const issuedAt = `(d."at" + interval '3 minutes')`;
  return forEachChunk(doses, async (from, to) => {
    const chunk = `FROM "bench_dose" d JOIN "bench_recipient" r ON r."k" = d."k"
      JOIN "bench_facility" f ON f."n" = (d."k"::bigint * 7919) % ${facilities}
      WHERE d."n" BETWEEN ${from} AND ${to}`;
    await db.$executeRawUnsafe(`
      INSERT INTO "VaccinationEvent" ("id", "tenantId", "recipientId", "programmeId", "vaccineId", "batch", "dose",
        "totalDoses", "vaccinatedAt", "facilityId", "source", "idempotencyKey", "createdAt")
      SELECT ${eventId}, '${t}', r."id", ${programmeOf}, ${vaccineOf}, 'B' || lpad((d."n" % 9973)::text, 5, '0'),
        d."dose", 2, d."at", f."id", 'CERTIFY_API', 'bench-' || d."n", ${issuedAt}
      ${chunk}`);
    const listNumber = `(1 + (d."n" - 1) / ${STATUS_LIST_SIZE})`;
    const listIndex = `((d."n" - 1) % ${STATUS_LIST_SIZE})`;
    const listUrl = (purpose: string) => `'http://localhost:3003/tenants/${slug}/status/${purpose}/' || ${listNumber}`;
    const statusEntry = (purpose: string) => `jsonb_build_object(
        'id', ${listUrl(purpose)} || '#' || ${listIndex}, 'type', 'BitstringStatusListEntry',
        'statusPurpose', '${purpose}', 'statusListIndex', ${listIndex}::text, 'statusListCredential', ${listUrl(purpose)})`;
    await db.$executeRawUnsafe(`
      INSERT INTO "Certificate" ("id", "tenantId", "certificateId", "recipientId", "programmeId", "dose",
        "vaccinationEventId", "format", "payload", "nativeQr", "currentSlot", "statusListNumber", "statusListIndex",
        "signingKeyId", "issuedAt", "updatedAt")
      SELECT ${certificateRowId}, '${t}', d."certificateId", r."id", ${programmeOf}, d."dose", ${eventId}, 'W3C_VC',
        jsonb_build_object(
          '@context', jsonb_build_array('https://www.w3.org/ns/credentials/v2', 'http://localhost:3003/credentials/vaccination/v1'),
          'id', 'urn:vax:certificate:' || d."certificateId",
          'type', jsonb_build_array('VerifiableCredential', 'VaccinationCertificate'),
          'issuer', 'did:web:localhost%3A3003:tenants:${slug}',
          'validFrom', to_char(${issuedAt}, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
          'credentialSubject', jsonb_build_object(
            'type', 'VaccinationRecipient', 'name', r."name", 'birthDate', r."dateOfBirth"::text,
            'gender', initcap(r."gender"::text), 'identifier', 'AADHAAR XXXX XXXX ' || right(r."identityNumber", 4),
            'doses', jsonb_build_array(jsonb_build_object(
              'type', 'VaccinationDose',
              'vaccine', jsonb_build_object('type', 'Vaccine', 'name', ${vaccineNames},
                'manufacturer', jsonb_build_object('type', 'Manufacturer', 'name', 'Manufacturer')),
              'batch', 'B' || lpad((d."n" % 9973)::text, 5, '0'), 'date', d."at"::date::text,
              'doseNumber', d."dose", 'totalDoses', 2,
              'facility', jsonb_build_object('type', 'Facility', 'name', f."name",
                'address', f."addressLine" || ', ' || f."district" || ', ' || f."state", 'country', 'IN')))),
          'credentialStatus', jsonb_build_array(${statusEntry("revocation")}, ${statusEntry("suspension")}),
          'proof', jsonb_build_object('type', 'DataIntegrityProof', 'cryptosuite', 'eddsa-rdfc-2022',
            'created', to_char(${issuedAt}, 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
            'verificationMethod', 'did:web:localhost%3A3003:tenants:${slug}#${catalogue.kid}',
            'proofPurpose', 'assertionMethod', 'proofValue', 'z' || repeat(md5(d."certificateId"), 3))),
        upper(repeat(md5(d."certificateId" || 'qr'), 19)),
        r."id" || ':' || ${programmeOf} || ':' || d."dose" || ':W3C_VC', ${listNumber}, ${listIndex},
        '${catalogue.keyId}', ${issuedAt}, ${issuedAt}
      ${chunk}`);
    step(`${to} doses and certificates`);
  });
};
