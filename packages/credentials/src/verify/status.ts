import { type CheckList, messageOf } from "./checks.ts";
import type { StatusLookup, StatusQuery } from "./types.ts";

const PAST = { revocation: "revoked", suspension: "suspended" } as const;

/** Asks the caller's status lists about revocation and suspension and records both checks. */
export const checkStatus = async (
  list: CheckList,
  lookup: StatusLookup | undefined,
  query: Omit<StatusQuery, "purpose" | "entry">,
  entries: Record<string, unknown>[] = [],
): Promise<void> => {
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
    try {
      const answer = await lookup({ ...query, purpose, ...(entry ? { entry } : {}) });
      if (answer === true) list.set(purpose, "failed", `The issuer has ${PAST[purpose]} this certificate.`);
      else if (answer === false) list.set(purpose, "passed", `The certificate is not ${PAST[purpose]}.`);
      else list.set(purpose, "skipped", `The status list given does not cover this certificate.`);
    } catch (error) {
      list.set(purpose, "failed", `The ${purpose} status could not be read: ${messageOf(error)}`);
    }
  }
};
