import type { TLocale } from "@vax/config/i18n";
import { couldNotCheckStatus, type VerifyResult } from "@vax/credentials/verify";
import { formatMoment } from "./format";
import { checkLabel, type TTranslate } from "./translate";

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

/** The large word for a verdict. */
export const verdictHeading = (t: TTranslate, verdict: Verdict): string => {
  if (verdict === "valid") return t("Verdict.valid");
  if (verdict === "not-valid") return t("Verdict.notValid");
  return t("Verdict.couldNotCheck");
};

/** Why a certificate that is not valid is so, in a few words under the verdict, when it is one thing a checker can name. */
export const verdictCause = (t: TTranslate, result: VerifyResult): string | undefined => {
  if (result.verified) return undefined;
  const standing = result.standing;
  if (standing?.state === "revoked") return t("Cause.revoked");
  if (standing?.state === "superseded") return t("Cause.superseded");
  if (standing?.state === "suspended") return t("Cause.suspended");
  const failed = result.checks.find((check) => check.status === "failed");
  if (!failed) return undefined;
  if (failed.name === "decode") return t("Cause.unreadable");
  if (failed.name === "signature") return t("Cause.forged");
  if (failed.name === "issuer trusted" || failed.name === "key status") return t("Cause.untrusted");
  if (failed.name === "validity period") return t("Cause.outsideValidity");
  if (failed.name === "rules") return t("Cause.rules");
  if (couldNotCheckStatus(result)) return t("Cause.statusUnknown");
  return undefined;
};

const withdrawnSummary = (t: TTranslate, locale: TLocale, result: VerifyResult): string | undefined => {
  const issuer = result.issuer?.name;
  const standing = result.standing;
  if (standing?.state === "revoked") return issuer ? t("Summary.revokedBy", { issuer }) : t("Summary.revoked");
  if (standing?.state === "superseded") {
    return issuer ? t("Summary.supersededBy", { issuer }) : t("Summary.superseded");
  }
  if (standing?.state === "suspended") {
    if (!standing.until) return issuer ? t("Summary.suspendedBy", { issuer }) : t("Summary.suspended");
    const until = formatMoment(new Date(standing.until), locale);
    return issuer ? t("Summary.suspendedByUntil", { issuer, until }) : t("Summary.suspendedUntil", { until });
  }
  return undefined;
};

/** One sentence saying what the check found, for the banner and for screen readers; no identifiers or codes. */
export const resultSummary = (t: TTranslate, locale: TLocale, result: VerifyResult): string => {
  const issuer = result.issuer?.name;
  const name = result.subject?.name;
  if (result.verified) {
    if (name && issuer) return t("Summary.validForBy", { name, issuer });
    if (name) return t("Summary.validFor", { name });
    return issuer ? t("Summary.validBy", { issuer }) : t("Summary.valid");
  }
  const withdrawn = withdrawnSummary(t, locale, result);
  if (withdrawn) return withdrawn;
  const failed = result.checks.find((check) => check.status === "failed");
  if (failed?.name === "decode") return t("Summary.unreadable");
  if (couldNotCheckStatus(result) && failed) {
    // Revocation first: a certificate that cannot be shown unrevoked is the one thing a checker must not assume.
    if (failed.name === "revocation") {
      return issuer ? t("Summary.revocationUnknownOf", { issuer }) : t("Summary.revocationUnknown");
    }
    return issuer ? t("Summary.suspensionUnknownOf", { issuer }) : t("Summary.suspensionUnknown");
  }
  if (!failed) return t("Summary.unconfirmed");
  return t("Summary.checkFailed", { check: checkLabel(t, failed.name).toLocaleLowerCase(locale) });
};
