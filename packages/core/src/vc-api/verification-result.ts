import type { CheckName, VerifyCheck, VerifyResult } from "@vax/credentials/verify";
import type { TVcProblemDetails, TVcVerificationResult } from "../schemas/vc-api";
import { checkProblemTitle, problemTypeOf } from "./problem-types";

/** What the caller asked the answer to hold (VerifyCredentialOptions). */
export type TVcVerifyOptions = { returnResults?: boolean; returnProblemDetails?: boolean; returnCredential?: boolean };

type TCredential = Record<string, unknown>;

// The checks that judge each property the VC API reports a result for.
const PROOF_CHECKS: CheckName[] = ["signature", "issuer trusted", "key status"];

const asList = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const problemOf = (check: VerifyCheck): TVcProblemDetails => {
  const title = checkProblemTitle[check.name];
  return { type: problemTypeOf(title), title, detail: check.reason, check: check.name };
};

const judged = (input: unknown, checks: VerifyCheck[]) => ({
  verified: checks.length > 0 && checks.every((check) => check.status === "passed"),
  input,
  checks,
});

// A status entry's result: its purpose's check, and the bit it read (1 set, 0 clear) when it read one.
const statusResult = (entry: unknown, byName: Map<CheckName, VerifyCheck>) => {
  const purpose = (entry as { statusPurpose?: unknown } | null)?.statusPurpose;
  const check = purpose === "revocation" || purpose === "suspension" ? byName.get(purpose) : undefined;
  const value = check?.status === "failed" ? 1 : check?.status === "passed" ? 0 : undefined;
  return { ...judged(entry, check ? [check] : []), ...(value === undefined ? {} : { value }) };
};

const resultsOf = (credential: TCredential, checks: VerifyCheck[]): TVcVerificationResult["results"] => {
  const byName = new Map(checks.map((check) => [check.name, check]));
  const named = (names: CheckName[]) => names.flatMap((name) => byName.get(name) ?? []);
  const validity = named(["validity period"]);
  const results: NonNullable<TVcVerificationResult["results"]> = {
    proof: asList(credential.proof).map((proof) => judged(proof, named(PROOF_CHECKS))),
    credentialStatus: asList(credential.credentialStatus).map((entry) => statusResult(entry, byName)),
    credentialSchema: asList(credential.credentialSchema).map((schema) => judged(schema, named(["schema"]))),
  };
  if (credential.validFrom !== undefined) results.validFrom = judged(credential.validFrom, validity);
  if (credential.validUntil !== undefined) results.validUntil = judged(credential.validUntil, validity);
  return results;
};

/**
 * Our verification result in the VC API's shape: `verified` as our verdict; a ProblemDetails for
 * each failed named check, its reason as `detail` (left out only when `returnProblemDetails` is
 * false); with `returnResults`, the proof, validity, status and schema results with the named
 * checks that judged them, passed ones included; with `returnCredential`, the credential verified.
 */
export const vcVerificationResult = (
  result: VerifyResult,
  credential: TCredential,
  options: TVcVerifyOptions = {},
): TVcVerificationResult => ({
  verified: result.verified,
  ...(options.returnCredential ? { credential } : {}),
  ...(options.returnProblemDetails === false
    ? {}
    : { problemDetails: result.checks.filter((check) => check.status === "failed").map(problemOf) }),
  ...(options.returnResults ? { results: resultsOf(credential, result.checks) } : {}),
});
