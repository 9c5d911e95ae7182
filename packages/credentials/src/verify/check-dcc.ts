import { type DccCheck, type DccCheckName, verifyDcc } from "../eu-dcc/verify-dcc.ts";
import { asRecord, asText, createCheckList } from "./checks.ts";
import { checkStatus } from "./status.ts";
import { dccSubject } from "./subject.ts";
import { dccTrust, describeIssuer } from "./trust.ts";
import type { CheckName, VerifyOptions, VerifyResult } from "./types.ts";

// The DCC module's finer steps, grouped under the shared check names.
const GROUPS: [CheckName, DccCheckName[]][] = [
  ["decode", ["prefix", "base45", "zlib", "cose"]],
  ["format", ["cwt"]],
  ["issuer trusted", ["kid"]],
  ["signature", ["signature"]],
  ["key status", ["key usage"]],
  ["validity period", ["validity period"]],
  ["schema", ["schema", "value sets"]],
];

/** Verifies an `HC1:` EU Digital COVID Certificate through the DCC module, in the shared check names. */
export const checkDcc = async (text: string, options: VerifyOptions): Promise<VerifyResult> => {
  const list = createCheckList();
  const { store, byKid } = await dccTrust(options.trust);
  const outcome = await verifyDcc(text, { trustStore: store, now: options.now ?? new Date() });
  for (const [name, parts] of GROUPS) {
    const checks = parts
      .map((part) => outcome.checks.find((check) => check.name === part))
      .filter(Boolean) as DccCheck[];
    const failed = checks.find((check) => check.status === "failed");
    const skipped = checks.find((check) => check.status === "skipped");
    const first = failed ?? skipped ?? checks[checks.length - 1];
    if (!first) continue;
    const reason = first.status === "passed" ? checks.map((check) => check.reason).join(" ") : first.reason;
    list.set(name, first.status, reason);
  }
  const trusted = outcome.kid ? byKid.get(outcome.kid) : undefined;
  const issuer = describeIssuer(outcome.issuer, trusted);
  if (outcome.tooLarge) return { ...list.result("eu-dcc", issuer, null), tooLarge: true };
  if (!outcome.payload) return list.result("eu-dcc", issuer, null);
  const uvci = asText(asRecord([asRecord(outcome.payload)?.v].flat()[0])?.ci);
  await checkStatus(list, options.status, { format: "eu-dcc", issuer: outcome.issuer, id: uvci });
  return list.result("eu-dcc", issuer, dccSubject(outcome.payload));
};
