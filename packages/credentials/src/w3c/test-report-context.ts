import { schemaContext, type TSubjectJsonSchema } from "./schema-context.ts";
import subjectSchema from "./schemas/test-report-v1.json" with { type: "json" };
import { DEFAULT_PUBLIC_URL } from "./vaccination-context.ts";

/** The credential type of the built-in COVID-19 test report, DIVOC's name for it. */
export const TEST_REPORT_CREDENTIAL_TYPE = "ProofOfTestCertificateCredential";

/** The JSON Schema of a test report's credential subject (a person and the test's details, after DIVOC's). */
export const testReportSubjectSchema = (): TSubjectJsonSchema => structuredClone(subjectSchema) as TSubjectJsonSchema;

/** The test report's fields a verifier is shown, beyond the holder's name and birth date. */
export const TEST_REPORT_VERIFIER_FIELDS = [
  "name",
  "birthDate",
  "testType",
  "sampleCollectionTimestamp",
  "result",
  "facility.name",
] as const;

const CONTEXT_PATH = "/credentials/test-report/v1";

/** The URL of the test report JSON-LD context under a public base URL. */
export const testReportContextUrl = (publicUrl: string = DEFAULT_PUBLIC_URL): string =>
  `${publicUrl.replace(/\/+$/, "")}${CONTEXT_PATH}`;

/** The test report JSON-LD context, made from its JSON Schema, with its terms under the given public base URL. */
export const testReportContext = (publicUrl: string = DEFAULT_PUBLIC_URL): Record<string, unknown> =>
  schemaContext({
    url: testReportContextUrl(publicUrl),
    credentialType: TEST_REPORT_CREDENTIAL_TYPE,
    subjectSchema: testReportSubjectSchema(),
  });

/**
 * The public base URL a test report context URL names, when it is one (over http or https), so that a verifier
 * rebuilds the context of any deployment of this platform offline, as it does the vaccination context.
 */
export const testReportContextBase = (url: string): string | undefined => {
  if (!url.endsWith(CONTEXT_PATH)) return undefined;
  const base = url.slice(0, -CONTEXT_PATH.length);
  try {
    const parsed = new URL(base);
    return (parsed.protocol === "https:" || parsed.protocol === "http:") && !parsed.search && !parsed.hash
      ? base
      : undefined;
  } catch {
    return undefined;
  }
};
