import { encodeBase64 } from "../divoc/encoding.ts";
import { dccRevocationEntry } from "../eu-dcc/revocation-hashes.ts";
import { type DccCheck, type DccCheckName, verifyDcc } from "../eu-dcc/verify-dcc.ts";
import type { DccEvidence } from "../rules/apply-rules.ts";
import { asRecord, asText, createCheckList } from "./checks.ts";
import { checkStanding } from "./standing.ts";
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

// Browser-safe (no Buffer): the verify side runs in the checker's page.
const fromHex = (hex: string): Uint8Array =>
  Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));

/**
 * Verifies an `HC1:` EU Digital COVID Certificate through the DCC module, in the shared check names; hands the
 * payload and its CWT dates to `keep`, since business rules read the DCC itself rather than the shared subject.
 */
export const checkDcc = async (
  text: string,
  options: VerifyOptions,
  keep?: (evidence: DccEvidence) => void,
): Promise<VerifyResult> => {
  const list = createCheckList();
  const { store, byKid } = await dccTrust(options.trust);
  const outcome = await verifyDcc(text, { trustStore: store, now: options.now ?? new Date() });
  // The DCC module names kids in hex; trust lists name them in base64, as DCC gateways do.
  const kid = outcome.kid ? encodeBase64(fromHex(outcome.kid)) : undefined;
  checkStanding(list, options.trust, { issuer: outcome.kid ? byKid.get(outcome.kid) : undefined, kid });
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
  keep?.({
    payload: outcome.payload,
    issuedAt: outcome.issuedAt,
    expiresAt: outcome.expiresAt,
    issuerCountry: outcome.issuer,
  });
  const uvci = asText(asRecord([asRecord(outcome.payload)?.v].flat()[0])?.ci);
  // Hashes only once the signature held: a revocation list is asked about proven certificates only.
  const revocation =
    list.get("signature")?.status === "passed" ? await dccRevocationEntry(text).catch(() => undefined) : undefined;
  await checkStatus(list, options.status, {
    format: "eu-dcc",
    issuer: outcome.issuer,
    id: uvci,
    ...(revocation ? { kid: revocation.kid, dccHashes: revocation.hashes } : {}),
  });
  return list.result("eu-dcc", issuer, dccSubject(outcome.payload));
};
