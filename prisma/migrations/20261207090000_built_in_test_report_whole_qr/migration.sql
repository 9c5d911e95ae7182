-- The built-in COVID-19 test report's QR carries the whole credential (as DIVOC's did), so a verifier sees every
-- field it is shown. Its QR fields were stored but never applied before qr_fields, so no credential changes.
UPDATE "CredentialSchemaVersion" SET "qrFields" = '{}' WHERE "id" = '00000000-0000-7000-8000-5c4e00010002';
