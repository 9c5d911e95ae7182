import type { TLocale } from "@vax/config/i18n";
import { isStatusUnchecked, type VerifyCheck, type VerifyResult } from "@vax/credentials/verify";
import { countryName, formatDate } from "./format";
import { checkLabel, type TTranslate } from "./translate";

const CHECK_NAMES: readonly VerifyCheck["name"][] = [
  "decode",
  "format",
  "signature",
  "issuer trusted",
  "key status",
  "validity period",
  "revocation",
  "suspension",
  "schema",
  "rules",
];
const NOT_CHECKED_AFTER = /^Not checked, because the (.+) check failed\.$/;
// The verifier library words its validity failures with a timestamp; the date is all a checker needs of it.
const NOT_YET_VALID = /^The certificate is not valid before (\S+)\.$/;
const EXPIRED = /^The certificate expired on (\S+)\.$/;

const passedReason = (t: TTranslate, locale: TLocale, check: VerifyCheck, result: VerifyResult): string => {
  switch (check.name) {
    case "decode":
      return t("Reason.passed.decode");
    case "format":
      return t("Reason.passed.format");
    case "signature":
      return t("Reason.passed.signature");
    case "issuer trusted": {
      const issuer = result.issuer?.name ?? t("Reason.passed.anIssuer");
      const country = countryName(result.issuer?.country, locale);
      return country
        ? t("Reason.passed.issuerTrustedIn", { issuer, country })
        : t("Reason.passed.issuerTrusted", { issuer });
    }
    case "key status":
      return t("Reason.passed.keyStatus");
    case "validity period":
      return t("Reason.passed.validityPeriod");
    case "revocation":
      return t("Reason.passed.revocation");
    case "suspension":
      return t("Reason.passed.suspension");
    case "schema":
      return t("Reason.passed.schema");
    case "rules":
      return t("Reason.passed.rules");
  }
};

const validityReason = (t: TTranslate, locale: TLocale, reason: string): string => {
  const from = NOT_YET_VALID.exec(reason)?.[1];
  if (from) return t("Reason.failed.notYetValid", { date: formatDate(from, locale) });
  const until = EXPIRED.exec(reason)?.[1];
  if (until) return t("Reason.failed.expired", { date: formatDate(until, locale) });
  return t("Reason.failed.validityPeriod");
};

const failedReason = (t: TTranslate, locale: TLocale, check: VerifyCheck, result: VerifyResult): string => {
  if (isStatusUnchecked(check)) {
    return check.name === "revocation"
      ? t("Reason.failed.revocationUnreachable")
      : t("Reason.failed.suspensionUnreachable");
  }
  switch (check.name) {
    case "decode":
      return t("Reason.failed.decode");
    case "format":
      return t("Reason.failed.format");
    case "signature":
      return t("Reason.failed.signature");
    case "issuer trusted":
      return t("Reason.failed.issuerTrusted");
    case "key status":
      return t("Reason.failed.keyStatus");
    case "validity period":
      return validityReason(t, locale, check.reason);
    case "revocation":
      return result.standing?.state === "superseded" ? t("Reason.failed.superseded") : t("Reason.failed.revocation");
    case "suspension":
      return t("Reason.failed.suspension");
    case "schema":
      return t("Reason.failed.schema");
    case "rules":
      return t("Reason.failed.rules");
  }
};

const notCheckedAfter = (t: TTranslate, locale: TLocale, name: VerifyCheck["name"]) =>
  t("Reason.skipped.after", { check: checkLabel(t, name).toLocaleLowerCase(locale) });

const skippedReason = (t: TTranslate, locale: TLocale, check: VerifyCheck, result: VerifyResult): string => {
  if (check.name === "rules" && check.reason.startsWith("No rule of ")) return t("Reason.skipped.noRuleApplies");
  if (check.name === "rules" && check.reason === "No business rules were given.")
    return t("Reason.skipped.noRulesKept");
  const after = CHECK_NAMES.find((name) => name === NOT_CHECKED_AFTER.exec(check.reason)?.[1]);
  if (after) return notCheckedAfter(t, locale, after);
  // A signature is not checked when no trusted key is known for the issuer: the failure is the issuer's.
  const failed = result.checks.find((other) => other.status === "failed");
  if (check.name === "signature" && failed) return notCheckedAfter(t, locale, failed.name);
  return t("Reason.skipped.other");
};

/**
 * What one check found, in words for someone who knows nothing of cryptography: no identifiers, key ids, format
 * names or decoder messages (those are under the technical details, with the check's own reason).
 */
export const plainReason = (t: TTranslate, locale: TLocale, check: VerifyCheck, result: VerifyResult): string => {
  if (check.status === "passed") return passedReason(t, locale, check, result);
  if (check.status === "failed") return failedReason(t, locale, check, result);
  return skippedReason(t, locale, check, result);
};
