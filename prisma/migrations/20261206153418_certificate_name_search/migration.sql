-- The certificate search by name reads "CertificateNameKey" (one row per word of the name each certificate was issued
-- to) instead of matching trigrams of every recipient's name: a common name matched thousands of recipients, whose
-- certificates were then read one by one. The trigram index, and pg_trgm, served only that search.

-- DropIndex
DROP INDEX "Recipient_name_idx";

DROP EXTENSION IF EXISTS pg_trgm;

-- The words of a name as the search compares them: composed (NFC), lower-cased, split at spaces, hyphens, dots,
-- commas and apostrophes, joined by single spaces. The search runs the typed text through the same function.
CREATE FUNCTION "vax_name_words"(name TEXT) RETURNS TEXT[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT array_remove(regexp_split_to_array(lower(normalize(name, NFC)), '[[:space:],.''’-]+'), '')
$$;

-- The typed start of a name in the form of the keys. IMMUTABLE (array_to_string is only STABLE), so that PostgreSQL
-- computes it while planning and reads the keys' B-tree from that prefix on.
CREATE FUNCTION "vax_name_prefix"(typed TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT array_to_string("vax_name_words"(typed), ' ')
$$;

-- The keys of a name: from each word to the end ("asha devi kumari", "devi kumari", "kumari"), each at most 200
-- characters (a B-tree entry has a size limit, and no one types more of a name).
CREATE FUNCTION "vax_name_keys"(name TEXT) RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT DISTINCT left(array_to_string(words[position:], ' '), 200)
  FROM (SELECT "vax_name_words"(name) AS words) AS named, generate_subscripts(words, 1) AS position
$$;

-- CreateTable
CREATE TABLE "CertificateNameKey" (
    "tenantId" TEXT NOT NULL,
    "key" TEXT COLLATE "C" NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "certificateId" TEXT NOT NULL,
    "facilityId" TEXT NOT NULL,

    CONSTRAINT "CertificateNameKey_pkey" PRIMARY KEY ("tenantId","key","issuedAt","certificateId","facilityId")
);

-- AddForeignKey
ALTER TABLE "CertificateNameKey" ADD CONSTRAINT "CertificateNameKey_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Every way a certificate is written (certify, bulk, corrections, seeds, imports) gets its keys, once per statement
-- for all the rows it inserted, so a batch of a thousand certificates costs one INSERT … SELECT.
CREATE FUNCTION "vax_certificate_name_keys"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "CertificateNameKey" ("tenantId", "key", "issuedAt", "certificateId", "facilityId")
  SELECT inserted."tenantId", keys.key, inserted."issuedAt", inserted."id", event."facilityId"
  FROM inserted
  JOIN "Recipient" AS recipient ON recipient."id" = inserted."recipientId"
  JOIN "VaccinationEvent" AS event ON event."id" = inserted."vaccinationEventId"
  CROSS JOIN LATERAL "vax_name_keys"(recipient."name") AS keys(key);
  RETURN NULL;
END
$$;

CREATE TRIGGER "Certificate_name_keys" AFTER INSERT ON "Certificate"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "vax_certificate_name_keys"();

-- The certificates issued before this migration.
INSERT INTO "CertificateNameKey" ("tenantId", "key", "issuedAt", "certificateId", "facilityId")
SELECT certificate."tenantId", keys.key, certificate."issuedAt", certificate."id", event."facilityId"
FROM "Certificate" AS certificate
JOIN "Recipient" AS recipient ON recipient."id" = certificate."recipientId"
JOIN "VaccinationEvent" AS event ON event."id" = certificate."vaccinationEventId"
CROSS JOIN LATERAL "vax_name_keys"(recipient."name") AS keys(key);
