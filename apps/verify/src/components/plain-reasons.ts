import { isStatusUnchecked, type VerifyCheck, type VerifyResult } from "@vax/credentials/verify";
import { CHECK_LABELS, countryName, formatDate } from "./format";

const NOT_CHECKED_AFTER = /^Not checked, because the (.+) check failed\.$/;
const ISO_MOMENT = /\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?/g;

const passedReason = (check: VerifyCheck, result: VerifyResult): string => {
  const issuer = result.issuer?.name;
  const country = countryName(result.issuer?.country);
  switch (check.name) {
    case "decode":
      return "The code was read.";
    case "format":
      return "It is laid out as a vaccination certificate should be.";
    case "signature":
      return "Nothing in it was changed since it was issued.";
    case "issuer trusted":
      return `Issued by ${issuer ?? "an issuer"}${country ? ` (${country})` : ""}, which this checker trusts.`;
    case "key status":
      return "The issuer's signing key is in good standing.";
    case "validity period":
      return "It is within its validity dates.";
    case "revocation":
      return "The certificate is not revoked.";
    case "suspension":
      return "The certificate is not suspended.";
    case "schema":
      return "Its contents are complete and well formed.";
    case "rules":
      // The rules engine says it as a checker would: "All 3 rules of Germany passed."
      return check.reason;
  }
};

const failedReason = (check: VerifyCheck, result: VerifyResult): string => {
  if (isStatusUnchecked(check)) {
    return `Could not be checked: the issuer's list of ${check.name === "revocation" ? "revoked" : "suspended"} certificates could not be reached. Try again online.`;
  }
  switch (check.name) {
    case "decode":
      return "The code could not be read as a vaccination certificate.";
    case "format":
      return "It is not laid out as a vaccination certificate should be.";
    case "signature":
      return "It was changed after it was issued, or forged: its signature does not match.";
    case "issuer trusted":
      return "Its issuer is not one this checker trusts.";
    case "key status":
      return "The key it was signed with is not, or no longer, one this checker trusts for its issuer.";
    case "validity period":
      // The library's sentence is plain apart from its timestamps, which read better as dates.
      return check.reason.replace(ISO_MOMENT, (moment) => formatDate(moment));
    case "revocation":
      return result.standing?.state === "superseded"
        ? "The issuer replaced this certificate with a newer version."
        : "The issuer has revoked this certificate.";
    case "suspension":
      return check.reason.replace(ISO_MOMENT, (moment) => formatDate(moment));
    case "schema":
      return "Its contents are incomplete or malformed.";
    case "rules":
      return "It fails a rule that applies to it: see the rules below.";
  }
};

const skippedReason = (check: VerifyCheck, result: VerifyResult): string => {
  if (check.name === "rules" && check.reason.startsWith("No rule of ")) {
    return check.reason.replace(ISO_MOMENT, (moment) => formatDate(moment));
  }
  if (check.name === "rules" && check.reason === "No business rules were given.") {
    return "Not checked: no rules are kept on this device.";
  }
  const after = NOT_CHECKED_AFTER.exec(check.reason)?.[1];
  if (after && after in CHECK_LABELS) {
    return `Not checked, because the ${CHECK_LABELS[after as VerifyCheck["name"]].toLowerCase()} check failed.`;
  }
  // A signature is not checked when no trusted key is known for the issuer: the failure is the issuer's.
  const failed = result.checks.find((other) => other.status === "failed");
  if (check.name === "signature" && failed) {
    return `Not checked, because the ${CHECK_LABELS[failed.name].toLowerCase()} check failed.`;
  }
  return "Not checked for this certificate.";
};

/**
 * What one check found, in words for someone who knows nothing of cryptography: no identifiers, key ids, format
 * names or decoder messages (those are under the technical details, with the check's own reason).
 */
export const plainReason = (check: VerifyCheck, result: VerifyResult): string => {
  if (check.status === "passed") return passedReason(check, result);
  if (check.status === "failed") return failedReason(check, result);
  return skippedReason(check, result);
};
