import type { TAppErrorCode } from "../errors";

/** A problem type of our own: its title (a code) and what it means, listed at `/api/docs#problem-<title>`. */
export type TOwnProblemType = { title: string; meaning: string };

const refusals: Record<TAppErrorCode, string> = {
  VALIDATION_FAILED: "The request has invalid fields; `errors` names each.",
  UNAUTHENTICATED: "No valid API token or session was sent.",
  FORBIDDEN: "The caller may not do this (a scope or role it lacks).",
  NOT_FOUND: "Nothing of that id exists for the caller.",
  CONFLICT: "The request conflicts with the state it would change (a status that does not allow it, a key reused).",
  UNPROCESSABLE: "The request is well formed but cannot be done (a retired schema, a type of no schema).",
  PAYLOAD_TOO_LARGE: "The body is over the route's limit.",
  UNSUPPORTED_MEDIA_TYPE: "The body is not JSON.",
  RATE_LIMITED: "Too many requests; `Retry-After` says when to try again.",
  UNAVAILABLE: "A service the request needs is down; try again later.",
  INTERNAL: "Something went wrong on our side; nothing was changed.",
};

/**
 * The problem types a VC API answer may name that no specification defines: the failed checks of a verification,
 * then the refusals our other APIs answer with too.
 */
export const OWN_PROBLEM_TYPES: TOwnProblemType[] = [
  { title: "UNTRUSTED_ISSUER", meaning: "The issuer is not on the trust list." },
  { title: "KEY_NOT_VALID", meaning: "The signing key is revoked, retired or not yet valid." },
  { title: "OUTSIDE_VALIDITY_PERIOD", meaning: "The credential is not valid at this time (validFrom, validUntil)." },
  { title: "REVOKED", meaning: "The issuer's revocation list says the credential is revoked." },
  { title: "SUSPENDED", meaning: "The issuer's suspension list says the credential is suspended." },
  { title: "SCHEMA_MISMATCH", meaning: "The credential subject breaks its credential schema." },
  { title: "BUSINESS_RULE_FAILED", meaning: "A destination's acceptance rule or the issuer's validity rule failed." },
  ...Object.entries(refusals).map(([title, meaning]) => ({ title, meaning })),
];
