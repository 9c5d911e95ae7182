import {
  TEST_REPORT_CREDENTIAL_TYPE,
  TEST_REPORT_VERIFIER_FIELDS,
  testReportSubjectSchema,
} from "@vax/credentials/w3c";
import { type Database, type DatabaseTransaction, prisma } from "@vax/db";
import vaccinationSubjectSchema from "./vaccination-subject-schema.json" with { type: "json" };

/** A schema built into the platform: the same for every tenant, read-only, with one version. */
export type TBuiltInSchema = {
  id: string;
  versionId: string;
  name: "vaccination" | "test-report";
  title: string;
  description: string;
  credentialType: string;
  subjectSchema: Record<string, unknown>;
  qrFields: string[];
  verifierFields: string[];
};

/** The built-in schemas. Fixed ids, so every database holds the same rows and credentials can point at them. */
export const BUILT_IN_SCHEMAS: TBuiltInSchema[] = [
  {
    id: "00000000-0000-7000-8000-5c4e00000001",
    versionId: "00000000-0000-7000-8000-5c4e00010001",
    name: "vaccination",
    title: "Vaccination certificate",
    description: "The vaccination certificate issued for recorded doses (certify API, facility app, bulk upload).",
    credentialType: "VaccinationCertificate",
    subjectSchema: vaccinationSubjectSchema,
    qrFields: ["name", "birthDate", "gender", "identifier", "doses"],
    verifierFields: ["name", "birthDate", "doses"],
  },
  {
    id: "00000000-0000-7000-8000-5c4e00000002",
    versionId: "00000000-0000-7000-8000-5c4e00010002",
    name: "test-report",
    title: "COVID-19 test report",
    description: "A COVID-19 test result, after DIVOC's ProofOfTestCertificateCredential.",
    credentialType: TEST_REPORT_CREDENTIAL_TYPE,
    subjectSchema: testReportSubjectSchema() as Record<string, unknown>,
    // The whole credential, as DIVOC's test certificate QR carried it.
    qrFields: [],
    verifierFields: [...TEST_REPORT_VERIFIER_FIELDS],
  },
];

/** The built-in schema of a schema or version id, if it is one. */
export const builtInSchemaOf = (id: string): TBuiltInSchema | undefined =>
  BUILT_IN_SCHEMAS.find((schema) => schema.id === id || schema.versionId === id);

/**
 * Writes the built-in schemas' rows when they are missing (a fresh database), so that programmes and credentials
 * can point at them; a row already there is left as it is.
 */
export const ensureBuiltInSchemas = async (db: Database | DatabaseTransaction = prisma): Promise<void> => {
  await db.credentialSchema.createMany({
    data: BUILT_IN_SCHEMAS.map(({ id, name, title, description }) => ({
      id,
      tenantId: null,
      name,
      title,
      description,
    })),
    skipDuplicates: true,
  });
  await db.credentialSchemaVersion.createMany({
    data: BUILT_IN_SCHEMAS.map((schema) => ({
      id: schema.versionId,
      schemaId: schema.id,
      version: 1,
      credentialType: schema.credentialType,
      subjectSchema: schema.subjectSchema as object,
      qrFields: schema.qrFields,
      verifierFields: schema.verifierFields,
    })),
    skipDuplicates: true,
  });
};
