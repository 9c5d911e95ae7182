import type { CheckName } from "@vax/credentials/verify";
import { ZodError } from "zod";
import { AppError, httpStatusOf, type TErrorDetail } from "../errors";
import { publicBaseUrl } from "../issuer/issuer-urls";
import type { TVcProblemDetails } from "../schemas/vc-api";

// The problem types other specifications define, used where one means what our check found.
const VCDM = "https://www.w3.org/TR/vc-data-model#";
const VCALM = "https://www.w3.org/TR/vcalm#";

/** The problem types of the VC Data Model 2.0 (§7.2) and VCALM (Error Handling) that our answers use. */
export const standardProblemTypes = {
  PARSING_ERROR: `${VCDM}PARSING_ERROR`,
  CRYPTOGRAPHIC_SECURITY_ERROR: `${VCDM}CRYPTOGRAPHIC_SECURITY_ERROR`,
  MALFORMED_VALUE_ERROR: `${VCDM}MALFORMED_VALUE_ERROR`,
  UNKNOWN_OPTION_PROVIDED: `${VCALM}UNKNOWN_OPTION_PROVIDED`,
} as const;

/**
 * The problem types of our own, for what no specification names (an untrusted issuer, a revoked
 * certificate, a refused request): each a fragment of the verify app's API docs page, which lists
 * them (OWN_PROBLEM_TYPES).
 */
export const ownProblemType = (title: string): string => `${publicBaseUrl()}/api/docs#problem-${title}`;

/** The title (a code) of the problem each failed check reports. */
export const checkProblemTitle: Record<CheckName, string> = {
  decode: "PARSING_ERROR",
  format: "MALFORMED_VALUE_ERROR",
  signature: "CRYPTOGRAPHIC_SECURITY_ERROR",
  "issuer trusted": "UNTRUSTED_ISSUER",
  "key status": "KEY_NOT_VALID",
  "validity period": "OUTSIDE_VALIDITY_PERIOD",
  revocation: "REVOKED",
  suspension: "SUSPENDED",
  schema: "SCHEMA_MISMATCH",
  rules: "BUSINESS_RULE_FAILED",
};

/** The type URL of a problem title: the specification's when it defines one, else ours. */
export const problemTypeOf = (title: string): string =>
  (standardProblemTypes as Record<string, string>)[title] ?? ownProblemType(title);

const UNKNOWN_OPTION_PATH = /^options(\.|$)/;

// A zod refusal as problem details: an unknown option is the specification's own problem type.
const validationProblem = (details: TErrorDetail[], unknownOption: boolean): TVcProblemDetails => {
  const title = unknownOption ? "UNKNOWN_OPTION_PROVIDED" : "VALIDATION_FAILED";
  return {
    type: problemTypeOf(title),
    title,
    detail: unknownOption
      ? "An option this service does not know was sent; it is refused rather than ignored"
      : "The request has invalid fields",
    status: 400,
    errors: details,
  };
};

/**
 * Maps any error of a VC API route to a ProblemDetails body and its status: the one place that
 * does for these routes, as `errorResponse` is for the others. Unknown errors are hidden.
 */
export const problemOfError = (error: unknown): TVcProblemDetails & { status: number } => {
  if (error instanceof ZodError) {
    const details = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    const unknownOption = error.issues.some(
      (issue) => issue.code === "unrecognized_keys" && UNKNOWN_OPTION_PATH.test(issue.path.join(".")),
    );
    return validationProblem(details, unknownOption) as TVcProblemDetails & { status: number };
  }
  if (error instanceof AppError) {
    return {
      type: problemTypeOf(error.code),
      title: error.code,
      detail: error.message,
      status: httpStatusOf[error.code],
      ...(error.details.length ? { errors: error.details } : {}),
    };
  }
  return {
    type: problemTypeOf("INTERNAL"),
    title: "INTERNAL",
    detail: "Something went wrong on our side",
    status: 500,
  };
};
