import { applyRules, type DccEvidence } from "../rules/apply-rules.ts";
import { checkDcc } from "./check-dcc.ts";
import { checkDivoc } from "./check-divoc.ts";
import { checkShc } from "./check-shc.ts";
import { checkVdsNc } from "./check-vds-nc.ts";
import { checkW3c } from "./check-w3c.ts";
import { createCheckList, messageOf } from "./checks.ts";
import { type Detected, detect } from "./detect.ts";
import type { CredentialFormat, VerifyOptions, VerifyResult } from "./types.ts";

export {
  createVerifiedLists,
  type FetchStatusList,
  type VerifiedLists,
} from "../status/check-credential-status.ts";
export { ZCredentialDisplays } from "./credential-display-schema.ts";
export {
  combineStatusLookups,
  createRevocationListLookup,
  type RevocationListLookupOptions,
} from "./revocation-list-lookup.ts";
export { couldNotCheckStatus, isStatusUnchecked } from "./status.ts";
export { createStatusListLookup, type StatusListLookupOptions } from "./status-list-lookup.ts";
export { credentialDisplay, displayedFields, subjectFields } from "./subject-fields.ts";
export type {
  BusinessRule,
  CertificateStanding,
  CheckName,
  CheckStatus,
  CredentialDisplay,
  CredentialFormat,
  Dose,
  Issuer,
  RevokedKey,
  RuleOutcome,
  StatusFinding,
  StatusLookup,
  StatusQuery,
  Subject,
  SubjectField,
  TrustedIssuer,
  TrustKey,
  TrustList,
  VerifyCheck,
  VerifyOptions,
  VerifyResult,
} from "./types.ts";
export { CHECK_NAMES } from "./types.ts";

const failed = (format: CredentialFormat, name: "decode" | "format", reason: string): VerifyResult => {
  const list = createCheckList();
  if (name === "format") list.set("decode", "passed", "The certificate was read.");
  list.set(name, "failed", reason);
  return list.result(format, null, null);
};

/** True when verify() refused the input unread for its size, rather than finding it damaged or not valid. */
export const isInputTooLarge = (result: VerifyResult): boolean => result.tooLarge === true;

const dispatch = (
  found: Exclude<Detected, { format: "unknown" }>,
  options: VerifyOptions,
  keepDcc: (evidence: DccEvidence) => void,
): Promise<VerifyResult> => {
  if (found.format === "eu-dcc") return checkDcc(found.text, options, keepDcc);
  if (found.format === "shc") return checkShc(found.input, found.how, options);
  if (found.format === "vds-nc") return checkVdsNc(found.seal, found.how, options);
  if (found.format === "divoc") return checkDivoc(found.credential, found.how, options);
  return checkW3c(found.credential, found.how, options);
};

/**
 * Verifies a vaccination certificate in any supported format (QR text, bytes or JSON) against a trust list,
 * and answers with named checks; never throws.
 */
export const verify = async (input: unknown, options: VerifyOptions): Promise<VerifyResult> => {
  const safeOptions: VerifyOptions = {
    trust: options?.trust && Array.isArray(options.trust.issuers) ? options.trust : { issuers: [] },
    status: typeof options?.status === "function" ? options.status : undefined,
    now: options?.now instanceof Date && !Number.isNaN(options.now.getTime()) ? options.now : new Date(),
    rules: Array.isArray(options?.rules) ? options.rules : undefined,
    destination:
      typeof options?.destination === "string" && /^[A-Za-z]{2}$/.test(options.destination)
        ? options.destination.toUpperCase()
        : undefined,
  };
  const found = detect(input);
  if (found.format === "unknown") {
    const result = failed("unknown", "decode", found.reason);
    return found.tooLarge ? { ...result, tooLarge: true } : result;
  }
  if (!globalThis.crypto?.subtle) {
    // Browsers hide Web Crypto on plain-http pages; without it no signature can be checked.
    const reason = "Signatures cannot be checked on this page: open the checker over https (Web Crypto is missing).";
    return failed(found.format, "format", reason);
  }
  try {
    let dcc: DccEvidence | undefined;
    const result = await dispatch(found, safeOptions, (evidence) => {
      dcc = evidence;
    });
    return applyRules(result, safeOptions, dcc);
  } catch (error) {
    // A fault nobody foresaw still yields an answer the checker can act on: not verified, and why.
    return failed(found.format, "format", `The certificate could not be checked: ${messageOf(error)}`);
  }
};
