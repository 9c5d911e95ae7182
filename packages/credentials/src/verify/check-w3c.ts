// The verify-side files, not the w3c index: the index also exports the signer, which uses node:crypto.
import { createDocumentLoader } from "../w3c/document-loader.ts";
import {
  TEST_REPORT_CREDENTIAL_TYPE,
  TEST_REPORT_VERIFIER_FIELDS,
  testReportSubjectSchema,
} from "../w3c/test-report-context.ts";
import { verifyW3cCredential, W3C_FORMAT_PASSED, w3cFormatProblem } from "../w3c/verify-w3c-credential.ts";
import { asRecord, asText, checkJsonValidity, createCheckList } from "./checks.ts";
import { checkStanding } from "./standing.ts";
import { checkStatus } from "./status.ts";
import { w3cSubject } from "./subject.ts";
import { credentialDisplay } from "./subject-fields.ts";
import { describeIssuer, findIssuer, w3cDocuments } from "./trust.ts";
import type { CredentialDisplay, TrustedIssuer, TrustList, VerifyOptions, VerifyResult } from "./types.ts";

// The W3C examples context is public and tiny; bundling it lets the W3C test vectors and examples verify offline.
const EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2";
const examplesContext = { "@context": { "@vocab": "https://www.w3.org/ns/credentials/examples#" } };

const didOf = (method: string): string => method.split("#")[0] ?? method;

// The issuer's own contexts (a tenant's credential schemas) as its trust entry carries them; never fetched. An entry
// adds contexts, it never replaces one this verifier bundles (VC 2.0, Data Integrity, ours): those mean the same for all.
const entryContexts = async (issuer: TrustedIssuer | undefined): Promise<Record<string, Record<string, unknown>>> => {
  const bundled = createDocumentLoader();
  const entries = await Promise.all(
    Object.entries(issuer?.contexts ?? {}).map(async ([url, document]) => {
      const record = asRecord(document);
      const known = await bundled(url).then(
        () => true,
        () => false,
      );
      return record && !known ? [[url, record] as const] : [];
    }),
  );
  return Object.fromEntries(entries.flat());
};

// The built-in test report is shown by the schema this verifier bundles; another schema by its issuer's trust entry.
const displayOf = (
  credential: Record<string, unknown>,
  issuer: TrustedIssuer | undefined,
): (CredentialDisplay & { builtIn?: "test-report" }) | undefined => {
  const types = [credential.type].flat().filter((type): type is string => typeof type === "string");
  const schemas = issuer?.schemas ?? {};
  const published = types
    .map((type) => (Object.hasOwn(schemas, type) ? schemas[type] : undefined))
    .find((display) => typeof display?.title === "string" && Array.isArray(display.fields));
  if (published) return published;
  return types.includes(TEST_REPORT_CREDENTIAL_TYPE)
    ? {
        ...credentialDisplay("COVID-19 test report", testReportSubjectSchema(), TEST_REPORT_VERIFIER_FIELDS),
        builtIn: "test-report",
      }
    : undefined;
};

type TrustProblem = { issuer: string; key: string; signature: string };

// The issuer and the signing key's DID must sit on one trust-list entry: the entry is what binds a key to an issuer.
const trustProblem = (trust: TrustList, issuerId: string | undefined, method: string): TrustProblem | undefined => {
  const listed = findIssuer(trust, issuerId);
  if (!listed) {
    return {
      issuer: `The issuer ${issuerId ?? "(not named)"} is not on the trust list.`,
      key: "Not checked: the issuer is not on the trust list.",
      signature: "Not checked: the issuer is not on the trust list.",
    };
  }
  const did = didOf(method);
  if (listed.ids.includes(did) || listed.ids.includes(method)) return undefined;
  const multibase = did.startsWith("did:key:") ? did.slice("did:key:".length) : undefined;
  if (multibase && listed.keys.some((key) => "publicKeyMultibase" in key && key.publicKeyMultibase === multibase)) {
    return undefined;
  }
  return {
    issuer: `The certificate was signed with the key ${method}, which the trust list does not hold for ${listed.name}.`,
    key: "The signing key is not one the trust list holds for this issuer.",
    signature: "Not checked: the signing key is not one the trust list holds for this issuer.",
  };
};

/**
 * Verifies a native W3C VC 2.0 credential through the W3C module, in the shared check names. The issuer is
 * looked up in the trust list first: an untrusted document is never expanded or canonicalised, which is where
 * the work (and any hostile document's cost) of a W3C check lies.
 */
export const checkW3c = async (
  credential: Record<string, unknown>,
  how: string,
  options: VerifyOptions,
): Promise<VerifyResult> => {
  const list = createCheckList();
  list.set("decode", "passed", `The certificate was read from ${how}.`);
  const issuerId = asText(credential.issuer) ?? asText(asRecord(credential.issuer)?.id);
  const formatProblem = w3cFormatProblem(credential);
  if (formatProblem) {
    list.set("format", "failed", formatProblem);
    return list.result("w3c", describeIssuer(issuerId), null);
  }
  const method = asText(asRecord(credential.proof)?.verificationMethod) as string;
  checkStanding(list, options.trust, { issuerId, kid: method.split("#")[1] ?? method });
  const problem = trustProblem(options.trust, issuerId, method);
  const listed = problem ? undefined : findIssuer(options.trust, issuerId);
  const issuer = describeIssuer(issuerId, listed);
  if (problem) {
    list.set("format", "passed", W3C_FORMAT_PASSED);
    list.set("signature", "skipped", problem.signature);
    list.set("issuer trusted", "failed", problem.issuer);
    list.set("key status", "failed", problem.key);
    checkJsonValidity(credential, options.now ?? new Date(), list);
    return list.result("w3c", issuer, null);
  }
  const documentLoader = createDocumentLoader({
    documents: { [EXAMPLES_V2]: examplesContext, ...w3cDocuments(options.trust), ...(await entryContexts(listed)) },
  });
  const outcome = await verifyW3cCredential({ credential, documentLoader });
  for (const check of outcome.checks) {
    // The module's own issuer rule (key under the issuer's DID) is replaced by the trust list's binding.
    if (check.name !== "issuer") list.set(check.name, check.status, check.reason);
  }
  list.set("issuer trusted", "passed", `The issuer ${issuerId} is on the trust list as ${issuer?.name}.`);
  list.set("key status", "passed", `The signing key ${method} is on the trust list for this issuer.`);
  checkJsonValidity(credential, options.now ?? new Date(), list);
  const entries = [credential.credentialStatus]
    .flat()
    .map(asRecord)
    .filter((entry): entry is Record<string, unknown> => entry !== undefined);
  await checkStatus(list, options.status, { format: "w3c", issuer: issuerId, id: asText(credential.id) }, entries);
  list.set(
    "schema",
    "skipped",
    "W3C credentials here have no schema beyond their JSON-LD context, checked with the signature.",
  );
  return list.result("w3c", issuer, w3cSubject(credential, displayOf(credential, listed)));
};
