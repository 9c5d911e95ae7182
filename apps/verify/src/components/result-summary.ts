import { couldNotCheckStatus, type VerifyResult } from "@vax/credentials/verify";
import { CHECK_LABELS, formatMoment } from "./format";

/**
 * The verdict a check ends in: valid; revoked, superseded or suspended (the issuer withdrew a certificate it did
 * sign); could not check (only the status lists were out of reach); or not valid.
 */
export type Verdict = "valid" | "revoked" | "superseded" | "suspended" | "could-not-check" | "not-valid";

/** The verdict of a result: "could not check" only when everything but the revocation or suspension status held. */
export const verdictOf = (result: VerifyResult): Verdict => {
  if (result.verified) return "valid";
  if (result.standing) return result.standing.state;
  return couldNotCheckStatus(result) ? "could-not-check" : "not-valid";
};

/** The banner's heading for each verdict. */
export const VERDICT_HEADINGS: Record<Verdict, string> = {
  valid: "Valid",
  revoked: "Revoked",
  superseded: "Superseded",
  suspended: "Suspended",
  "could-not-check": "Could not check",
  "not-valid": "Not valid",
};

const withdrawnSummary = (result: VerifyResult, issuer: string | undefined): string | undefined => {
  const by = issuer ? ` by ${issuer}` : "";
  const standing = result.standing;
  if (standing?.state === "revoked") return `Certificate revoked${by}: it is no longer valid.`;
  if (standing?.state === "superseded") {
    return `Certificate superseded${by}: a newer version replaced it, and only that one is valid. Ask the holder for the current certificate.`;
  }
  if (standing?.state === "suspended") {
    const until = standing.until ? ` until ${formatMoment(new Date(standing.until))}` : "";
    return `Certificate suspended${by}${until}: it is not valid while suspended.`;
  }
  return undefined;
};

/** One sentence saying what the check found, for the banner and for screen readers. */
export const resultSummary = (result: VerifyResult): string => {
  const issuer = result.issuer?.name ?? result.issuer?.id;
  if (result.verified) {
    return `Certificate valid${result.subject?.name ? ` for ${result.subject.name}` : ""}${issuer ? `, issued by ${issuer}` : ""}.`;
  }
  const withdrawn = withdrawnSummary(result, issuer);
  if (withdrawn) return withdrawn;
  const failed = result.checks.find((check) => check.status === "failed");
  if (verdictOf(result) === "could-not-check" && failed) {
    // Revocation first: a certificate that cannot be shown unrevoked is the one thing a checker must not assume.
    return `${CHECK_LABELS[failed.name]} could not be checked — try again online. The signature${issuer ? ` of ${issuer}` : ""} holds, but whether the certificate has been ${failed.name === "revocation" ? "revoked" : "suspended"} is not known.`;
  }
  if (!failed) return "Certificate not valid: it could not be confirmed by a trusted issuer's signature.";
  return `Certificate not valid: the ${CHECK_LABELS[failed.name].toLowerCase()} check failed. ${failed.reason}`;
};
