import { couldNotCheckStatus, type VerifyResult } from "@vax/credentials/verify";
import { CHECK_LABELS, formatMoment } from "./format";

/**
 * The answer a gate checker acts on: valid; not valid (forged, altered, untrusted, expired, withdrawn, refused by a
 * rule); or could not check (the code could not be read as a certificate, or only its revocation or suspension
 * status was out of reach).
 */
export type Verdict = "valid" | "not-valid" | "could-not-check";

/** The verdict of a result. */
export const verdictOf = (result: VerifyResult): Verdict => {
  if (result.verified) return "valid";
  if (result.standing) return "not-valid";
  const unread = result.checks.some((check) => check.name === "decode" && check.status === "failed");
  return unread || couldNotCheckStatus(result) ? "could-not-check" : "not-valid";
};

/** The large word for each verdict. */
export const VERDICT_HEADINGS: Record<Verdict, string> = {
  valid: "Valid",
  "not-valid": "Not valid",
  "could-not-check": "Could not check",
};

/** Why a certificate that is not valid is so, in a few words under the verdict, when it is one thing a checker can name. */
export const verdictCause = (result: VerifyResult): string | undefined => {
  if (result.verified) return undefined;
  const standing = result.standing;
  if (standing?.state === "revoked") return "Revoked by the issuer";
  if (standing?.state === "superseded") return "Replaced by a newer certificate";
  if (standing?.state === "suspended") return "Suspended by the issuer";
  const failed = result.checks.find((check) => check.status === "failed");
  if (!failed) return undefined;
  if (failed.name === "decode") return "Not a certificate this checker can read";
  if (failed.name === "signature") return "Altered or forged";
  if (failed.name === "issuer trusted" || failed.name === "key status") return "Issuer not trusted";
  if (failed.name === "validity period") return "Outside its validity dates";
  if (failed.name === "rules") return "Does not meet the entry rules";
  if (couldNotCheckStatus(result)) return "Revocation status unknown";
  return undefined;
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

/** One sentence saying what the check found, for the banner and for screen readers; no identifiers or codes. */
export const resultSummary = (result: VerifyResult): string => {
  const issuer = result.issuer?.name;
  if (result.verified) {
    return `Certificate valid${result.subject?.name ? ` for ${result.subject.name}` : ""}${issuer ? `, issued by ${issuer}` : ""}.`;
  }
  const withdrawn = withdrawnSummary(result, issuer);
  if (withdrawn) return withdrawn;
  const failed = result.checks.find((check) => check.status === "failed");
  if (failed?.name === "decode") {
    return "This code could not be read as a vaccination certificate. Scan it again, or ask for the certificate in another form.";
  }
  if (couldNotCheckStatus(result) && failed) {
    // Revocation first: a certificate that cannot be shown unrevoked is the one thing a checker must not assume.
    return `${CHECK_LABELS[failed.name]} could not be checked — try again online. The signature${issuer ? ` of ${issuer}` : ""} holds, but whether the certificate has been ${failed.name === "revocation" ? "revoked" : "suspended"} is not known.`;
  }
  if (!failed) return "Certificate not valid: it could not be confirmed by a trusted issuer's signature.";
  return `Certificate not valid: the ${CHECK_LABELS[failed.name].toLowerCase()} check failed.`;
};
