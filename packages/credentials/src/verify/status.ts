import { STATUS_LOOKUP_TIMEOUT_MS } from "../limits.ts";
import { type CheckList, messageOf } from "./checks.ts";
import type { StatusFinding, StatusLookup, StatusQuery, VerifyCheck, VerifyResult } from "./types.ts";

const PAST = { revocation: "revoked", suspension: "suspended" } as const;
const STATUS_CHECKS = new Set<string>(["revocation", "suspension"]);
// Every reason for a status that could not be looked up starts so, which is how the page and API callers tell
// "could not check" (try again) from "revoked" (final).
const COULD_NOT_CHECK = "Could not check ";

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** True for a revocation or suspension check that failed because the status could not be looked up. */
export const isStatusUnchecked = (check: VerifyCheck): boolean =>
  STATUS_CHECKS.has(check.name) && check.status === "failed" && check.reason.startsWith(COULD_NOT_CHECK);

/**
 * True when a certificate is not verified only because its revocation or suspension status could not be
 * looked up (a status list out of reach, too slow or unusable): everything else about it checked out.
 */
export const couldNotCheckStatus = (result: VerifyResult): boolean => {
  const failed = result.checks.filter((check) => check.status === "failed");
  return failed.length > 0 && failed.every(isStatusUnchecked);
};

// A lookup that never settles must not hold the verdict back for ever.
const withinTimeout = async <T>(answer: Promise<T>): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the status lookup did not answer within ${STATUS_LOOKUP_TIMEOUT_MS / 1000} s`)),
      STATUS_LOOKUP_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
};

// A lookup answers a boolean, undefined (not covered) or a finding; anything else is a broken lookup.
const asFinding = (answer: unknown): StatusFinding | undefined | "unusable" => {
  if (answer === undefined) return undefined;
  if (typeof answer === "boolean") return { set: answer };
  if (typeof answer !== "object" || answer === null || typeof (answer as StatusFinding).set !== "boolean") {
    return "unusable";
  }
  const { set, superseded, until } = answer as StatusFinding;
  return {
    set,
    ...(superseded === true ? { superseded } : {}),
    ...(typeof until === "string" && !Number.isNaN(Date.parse(until)) ? { until } : {}),
  };
};

/**
 * Asks the caller's status lists about revocation and suspension and records both checks. Only a certificate
 * whose signature a trusted issuer's key proved is looked up: a status entry is the certificate's own claim, and
 * an unproven one must not send the checker to a URL of a forger's choosing. A lookup that throws, times out or
 * answers something other than yes, no or "not covered" fails the check with a "Could not check …" reason.
 */
export const checkStatus = async (
  list: CheckList,
  lookup: StatusLookup | undefined,
  query: Omit<StatusQuery, "purpose" | "entry">,
  entries: Record<string, unknown>[] = [],
): Promise<void> => {
  if (list.get("signature")?.status !== "passed" || list.get("issuer trusted")?.status !== "passed") return;
  for (const purpose of ["revocation", "suspension"] as const) {
    if (!lookup) {
      list.set(purpose, "skipped", "No status list given.");
      continue;
    }
    const entry = entries.find((candidate) => candidate.statusPurpose === purpose);
    // A W3C credential is only listed where its own entry points; without one it cannot be looked up.
    if (query.format === "w3c" && !entry) {
      list.set(purpose, "skipped", `The certificate has no ${purpose} status entry.`);
      continue;
    }
    let answer: unknown;
    try {
      answer = await withinTimeout(Promise.resolve(lookup({ ...query, purpose, ...(entry ? { entry } : {}) })));
    } catch (error) {
      list.set(purpose, "failed", `${COULD_NOT_CHECK}${purpose}: ${lowerFirst(messageOf(error))}`);
      continue;
    }
    const finding = asFinding(answer);
    if (finding === "unusable") {
      list.set(purpose, "failed", `${COULD_NOT_CHECK}${purpose}: the status list's answer is not usable.`);
    } else if (finding === undefined) {
      list.set(purpose, "skipped", "The status list given does not cover this certificate.");
    } else if (!finding.set) {
      list.set(purpose, "passed", `The certificate is not ${PAST[purpose]}.`);
    } else if (purpose === "revocation" && finding.superseded) {
      list.set(purpose, "failed", "Superseded: the issuer replaced this certificate with a newer version.");
      list.setStanding({ state: "superseded" });
    } else if (purpose === "suspension") {
      const until = finding.until ? ` until ${finding.until}` : "";
      list.set(purpose, "failed", `The issuer has suspended this certificate${until}.`);
      list.setStanding(finding.until ? { state: "suspended", until: finding.until } : { state: "suspended" });
    } else {
      list.set(purpose, "failed", "The issuer has revoked this certificate.");
      list.setStanding({ state: "revoked" });
    }
  }
};
