// A national campaign's worth of rows in one tenant, made fast enough to bench reads at a million doses: programmes
// and vaccines as the demo has them, facilities across districts, recipients, recorded doses with their W3C
// certificates and status-list slots, revocations (their bits set), corrections (a second version superseding the
// first) and citizens' feedback. Everything is written set-based (INSERT … SELECT over generate_series), a chunk of
// doses per statement. The certificates are NOT signed: their `payload` has the real credential's shape (contexts,
// subject, dose, status entries, a DataIntegrityProof whose proofValue is filler) and `nativeQr` is filler text of a
// real QR's length, which is enough for the read benches (search, analytics) this is for; nothing here verifies.
import { newCertificateId } from "@vax/core";
import { type Database, newSealedSigningKey } from "@vax/db";

/** The shape of the campaign to generate; every figure has a default that makes a million doses. */
export type CampaignDatasetOptions = {
  /** Recorded doses (each with its certificate); about 5 in 9 are first doses, the rest second ones. */
  doses?: number;
  facilities?: number;
  districts?: number;
  /** How many days back from `now` the campaign ran. */
  days?: number;
  /** Share of certificates revoked, and of certificates corrected (a second version issued). */
  revokedShare?: number;
  correctedShare?: number;
  /** Share of certificates their holder gave feedback on. */
  feedbackShare?: number;
  now?: Date;
  /** Reports progress (one line per step) so a long run shows where it is. */
  log?: (line: string) => void;
};

/** What was generated, for a bench to query with. */
export type TCampaignDataset = {
  tenantId: string;
  slug: string;
  programmeIds: string[];
  doses: number;
  certificates: number;
  recipients: number;
  from: string;
  to: string;
};

const MALE_NAMES =
  `Aarav Vivaan Aditya Vihaan Arjun Sai Reyansh Ayaan Krishna Ishaan Shaurya Atharv Advik Pranav Advait Dhruv
Kabir Ritvik Aarush Kiaan Darsh Veer Rudra Arnav Yash Rohan Rahul Amit Sanjay Vikram Suresh Ramesh Mahesh Anil Sunil Imran`
    .split(/\s+/)
    .filter(Boolean);
const FEMALE_NAMES =
  `Ananya Diya Aadhya Saanvi Pari Anika Navya Ira Myra Sara Aarohi Kavya Riya Priya Pooja Neha Sneha Anjali
Divya Meera Lakshmi Sunita Geeta Radha Sita Kamala Asha Usha Rekha Nisha Shreya Tanvi Ishita Kiara Avni Fatima Ayesha`
    .split(/\s+/)
    .filter(Boolean);
const LAST_NAMES =
  `Sharma Verma Gupta Singh Kumar Patel Shah Mehta Joshi Desai Reddy Rao Naidu Iyer Iyengar Nair Menon Pillai
Das Bose Ghosh Chatterjee Banerjee Mukherjee Sen Roy Dutta Chowdhury Khan Ansari Qureshi Siddiqui Mishra Pandey Tiwari
Dubey Yadav Chauhan Rathore Thakur Jain Agarwal Bansal Goyal Mittal Kapoor Malhotra Khanna Chopra Arora Bhatia Sethi
Gill Sandhu Dhillon Grewal Kulkarni Patil Jadhav Pawar`
    .split(/\s+/)
    .filter(Boolean);
const STATES = ["Maharashtra", "Karnataka", "Tamil Nadu", "Uttar Pradesh", "West Bengal"];

// Rows per INSERT: large enough to be set-based, small enough that one statement's certificate ids fit one parameter.
const CHUNK = 100_000;
const DAY_MS = 86_400_000;
const STATUS_LIST_SIZE = 131_072;

const sqlText = (values: readonly string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(",")}]`;

// A time-ordered id shaped like the uuid7 the platform writes: the time's milliseconds, then `kind` and `n`.
const uuid7Sql = (time: string, kind: number, n: string) =>
  `(lpad(to_hex((extract(epoch FROM ${time}) * 1000)::bigint), 12, '0') || '7${kind.toString(16)}' || lpad(to_hex(${n}), 18, '0'))`;
const uuidText = (hex: string) =>
  `(substr(${hex},1,8) || '-' || substr(${hex},9,4) || '-' || substr(${hex},13,4) || '-8' || substr(${hex},18,3) || '-' || substr(${hex},21,12))`;

/**
 * Generates a campaign in a new tenant of the database the client is on, and ANALYZEs it so the
 * planner sees its real sizes. The client must hold one connection (`createPrismaClient(url, 1)`):
 * the plan of doses lives in temporary tables of that session.
 */
export const generateCampaignDataset = async (
  db: Database,
  {
    doses = 1_000_000,
    facilities = 1_000,
    districts = 50,
    days = 180,
    revokedShare = 0.01,
    correctedShare = 0.005,
    feedbackShare = 0.05,
    now = new Date(),
    log = () => {},
  }: CampaignDatasetOptions = {},
): Promise<TCampaignDataset> => {
  const started = performance.now();
  const step = (what: string) => log(`dataset: ${what} (${Math.round((performance.now() - started) / 1000)} s)`);
  const slug = `campaign-${now.getTime().toString(36)}`;
  const tenant = await db.tenant.create({ data: { slug, name: "Campaign bench ministry", country: "IN" } });
  const key = await db.signingKey.create({
    data: await newSealedSigningKey({
      tenantId: tenant.id,
      kind: "VC",
      country: "IN",
      issuerName: tenant.name,
      keyEncryptionKey: Buffer.alloc(32, 7).toString("base64"),
      status: "ACTIVE",
    }),
  });
  const vaccine = (name: string, manufacturer: string, icd11Code: string) =>
    db.vaccine.create({
      data: {
        tenantId: tenant.id,
        name,
        manufacturer,
        icd11Code,
        whoProphylaxisCode: "J07BX03",
        dosesInSchedule: 2,
        minIntervalDays: 28,
      },
    });
  const covid = [
    await vaccine("COVISHIELD", "Serum Institute of India", "XM9QW8"),
    await vaccine("COVAXIN", "Bharat Biotech", "XM1NL1"),
    await vaccine("Comirnaty", "BioNTech Manufacturing GmbH", "XM8NQ0"),
  ];
  const mr = await vaccine("MR-VAC", "Serum Institute of India", "XM28X5");
  const programme = (name: string, disease: string, vaccineIds: string[]) =>
    db.programme.create({
      data: { tenantId: tenant.id, name, disease, vaccines: { connect: vaccineIds.map((id) => ({ id })) } },
    });
  const covidProgramme = await programme(
    "COVID-19",
    "COVID-19",
    covid.map(({ id }) => id),
  );
  const mrProgramme = await programme("Measles-Rubella", "Measles and rubella", [mr.id]);
  const t = tenant.id;
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - days * DAY_MS);

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
  step(`${facilities} facilities in ${districts} districts`);

  // Recipient k (1..R) has a first dose; recipients 1..(doses - R) a second one too, 28 to 55 days later.
  const recipients = Math.ceil((doses * 5) / 9);
  const firstDoseDays = Math.max(days - 60, 1);
  for (let from = 1; from <= recipients; from += CHUNK) {
    const to = Math.min(from + CHUNK - 1, recipients);
    await db.$executeRawUnsafe(`
      INSERT INTO "Recipient" ("id", "tenantId", "name", "dateOfBirth", "gender", "nationality", "identityType",
        "identityNumber", "mobile", "district", "state", "country", "createdAt", "updatedAt")
      SELECT ${uuidText(uuid7Sql(`'${start.toISOString()}'::timestamp`, 2, "k"))}, '${t}',
        CASE WHEN k % 2 = 0 THEN (${sqlText(MALE_NAMES)})[1 + (k * 7) % ${MALE_NAMES.length}]
          ELSE (${sqlText(FEMALE_NAMES)})[1 + (k * 7) % ${FEMALE_NAMES.length}] END
          || ' ' || (${sqlText(LAST_NAMES)})[1 + (k * 13) % ${LAST_NAMES.length}],
        DATE '1950-01-01' + (k * 37) % 20000, (ARRAY['MALE','FEMALE']::"Gender"[])[1 + k % 2], 'Indian', 'AADHAAR',
        '2' || lpad(k::text, 11, '0'), (9000000000 + k / 2)::text, f."district", f."state", 'IN', now(), now()
      FROM generate_series(${from}, ${to}) AS k
      JOIN "bench_facility" f ON f."n" = (k::bigint * 7919) % ${facilities}`);
  }
  step(`${recipients} recipients`);

  await db.$executeRawUnsafe(`
    CREATE TEMPORARY TABLE "bench_dose" (
      "n" int PRIMARY KEY, "k" int NOT NULL, "dose" int NOT NULL, "at" timestamp(3) NOT NULL, "certificateId" text NOT NULL)`);
  for (let from = 1; from <= doses; from += CHUNK) {
    const to = Math.min(from + CHUNK - 1, doses);
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
  }
  await db.$executeRawUnsafe(`
    CREATE TEMPORARY TABLE "bench_recipient" AS
    SELECT row_number() OVER (ORDER BY "identityNumber") AS "k", "id", "name", "dateOfBirth", "gender", "identityNumber"
    FROM "Recipient" WHERE "tenantId" = '${t}'`);
  await db.$executeRawUnsafe(`ALTER TABLE "bench_recipient" ADD PRIMARY KEY ("k")`);
  step("dose plan");

  const vaccineOf = `CASE WHEN d."k" % 20 < 12 THEN '${covid[0]?.id}' WHEN d."k" % 20 < 16 THEN '${covid[1]?.id}'
    WHEN d."k" % 20 < 17 THEN '${covid[2]?.id}' ELSE '${mr.id}' END`;
  const programmeOf = `CASE WHEN d."k" % 20 < 17 THEN '${covidProgramme.id}' ELSE '${mrProgramme.id}' END`;
  const vaccineNames = `CASE WHEN d."k" % 20 < 12 THEN 'COVISHIELD' WHEN d."k" % 20 < 16 THEN 'COVAXIN'
    WHEN d."k" % 20 < 17 THEN 'Comirnaty' ELSE 'MR-VAC' END`;
  const eventId = uuidText(uuid7Sql(`d."at"`, 3, `d."n"`));
  const certificateRowId = uuidText(uuid7Sql(`d."at"`, 4, `d."n"`));
  const issuedAt = `(d."at" + interval '3 minutes')`;
  for (let from = 1; from <= doses; from += CHUNK) {
    const to = Math.min(from + CHUNK - 1, doses);
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
            'verificationMethod', 'did:web:localhost%3A3003:tenants:${slug}#${key.kid}',
            'proofPurpose', 'assertionMethod', 'proofValue', 'z' || repeat(md5(d."certificateId"), 3))),
        upper(repeat(md5(d."certificateId" || 'qr'), 19)),
        r."id" || ':' || ${programmeOf} || ':' || d."dose" || ':W3C_VC', ${listNumber}, ${listIndex},
        '${key.id}', ${issuedAt}, ${issuedAt}
      ${chunk}`);
    step(`${to} doses and certificates`);
  }

  // Revocations: their last change is the revocation, a few days after issue.
  const revokeEvery = Math.max(Math.round(1 / revokedShare), 1);
  await db.$executeRawUnsafe(`
    UPDATE "Certificate" SET "status" = 'REVOKED', "statusReason" = 'Recorded in error',
      "updatedAt" = LEAST("issuedAt" + make_interval(days => 1 + ("statusListIndex" % 9)), '${now.toISOString()}'::timestamp)
    WHERE "tenantId" = '${t}' AND ("statusListNumber" * ${STATUS_LIST_SIZE} + "statusListIndex") % ${revokeEvery} = 0`);
  step("revocations");

  // Corrections: a second version with its own id and status slot supersedes the first, whose revocation bit is set.
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
  step(`${corrected.length} corrections`);

  const certificates = doses + corrected.length;
  const lists = Math.ceil(certificates / STATUS_LIST_SIZE);
  for (let number = 1; number <= lists; number++) {
    const allocated = Math.min(STATUS_LIST_SIZE, certificates - (number - 1) * STATUS_LIST_SIZE);
    const revoked = await db.$queryRawUnsafe<{ index: number }[]>(`
      SELECT "statusListIndex" AS "index" FROM "Certificate"
      WHERE "tenantId" = '${t}' AND "statusListNumber" = ${number} AND "status" IN ('REVOKED', 'SUPERSEDED')`);
    // Bits are numbered from the most significant end of each byte, as the Bitstring Status List spec says.
    const bits = new Uint8Array(STATUS_LIST_SIZE / 8);
    for (const { index } of revoked) bits[index >> 3] = (bits[index >> 3] ?? 0) | (0x80 >> (index & 7));
    await db.statusList.createMany({
      data: [
        { tenantId: t, number, purpose: "REVOCATION", bits, allocated },
        { tenantId: t, number, purpose: "SUSPENSION", bits: new Uint8Array(STATUS_LIST_SIZE / 8), allocated },
      ],
    });
  }
  step(`${lists} status list pairs`);

  const feedbackEvery = Math.max(Math.round(1 / feedbackShare), 1);
  await db.$executeRawUnsafe(`
    INSERT INTO "Feedback" ("id", "tenantId", "certificateId", "facilityId", "mobile", "rating", "message", "createdAt")
    SELECT ${uuidText(uuid7Sql(`c."issuedAt"`, 6, `c."statusListIndex" + 131072 * c."statusListNumber"`))}, '${t}',
      c."id", e."facilityId", r."mobile", (ARRAY[5,5,5,4,4,4,3,2,1,5])[1 + (c."statusListIndex" % 10)],
      CASE WHEN c."statusListIndex" % 3 = 0 THEN 'Quick and friendly' ELSE '' END,
      LEAST(c."issuedAt" + interval '1 day', '${now.toISOString()}'::timestamp)
    FROM "Certificate" c JOIN "VaccinationEvent" e ON e."id" = c."vaccinationEventId"
    JOIN "Recipient" r ON r."id" = c."recipientId"
    WHERE c."tenantId" = '${t}' AND c."version" = 1
      AND (c."statusListNumber" * ${STATUS_LIST_SIZE} + c."statusListIndex") % ${feedbackEvery} = 3`);
  step("feedback");
  for (const table of ["Recipient", "VaccinationEvent", "Certificate", "Feedback", "Facility", "StatusList"]) {
    await db.$executeRawUnsafe(`ANALYZE "${table}"`);
  }
  step("analyzed");
  return {
    tenantId: t,
    slug,
    programmeIds: [covidProgramme.id, mrProgramme.id],
    doses,
    certificates,
    recipients,
    from: start.toISOString().slice(0, 10),
    to: new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10),
  };
};
