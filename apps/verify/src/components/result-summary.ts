import type { VerifyResult } from "@vax/credentials/verify";
import { CHECK_LABELS } from "./format";

/** One sentence saying what the check found, for the banner and for screen readers. */
export const resultSummary = (result: VerifyResult): string => {
  if (result.verified) {
    const issuer = result.issuer?.name ?? result.issuer?.id;
    return `Certificate valid${result.subject?.name ? ` for ${result.subject.name}` : ""}${issuer ? `, issued by ${issuer}` : ""}.`;
  }
  const failed = result.checks.find((check) => check.status === "failed");
  if (!failed) return "Certificate not valid: it could not be confirmed by a trusted issuer's signature.";
  return `Certificate not valid: the ${CHECK_LABELS[failed.name].toLowerCase()} check failed. ${failed.reason}`;
};
