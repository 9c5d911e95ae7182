import { type ShcCheck, verifyShc } from "../shc/verify-shc.ts";
import { asRecord, asText, createCheckList, sentence } from "./checks.ts";
import { checkStanding } from "./standing.ts";
import { checkStatus } from "./status.ts";
import { shcSubject } from "./subject.ts";
import { describeIssuer, findIssuer, shcIssuers } from "./trust.ts";
import type { CheckName, VerifyOptions, VerifyResult } from "./types.ts";

const NAMES: Record<ShcCheck["name"], CheckName | undefined> = {
  decode: "decode",
  format: "format",
  issuerTrusted: "issuer trusted",
  keyStatus: "key status",
  signature: "signature",
  validityPeriod: "validity period",
  // Revocation comes from the caller's status lookup, the same way for every format.
  revocation: undefined,
};

/** Verifies a SMART Health Card (QR text, JWS or file) through the SHC module, in the shared check names. */
export const checkShc = async (
  input: string | string[] | { verifiableCredential: unknown },
  how: string,
  options: VerifyOptions,
): Promise<VerifyResult> => {
  const list = createCheckList();
  const outcome = await verifyShc(input, { issuers: shcIssuers(options.trust), now: options.now ?? new Date() });
  checkStanding(list, options.trust, { issuerId: outcome.issuer, kid: outcome.kid });
  for (const check of outcome.checks) {
    const name = NAMES[check.name];
    if (!name) continue;
    const reason = name === "decode" && check.status === "passed" ? `The card was read from ${how}.` : check.reason;
    list.set(name, check.status, sentence(reason));
  }
  const trusted =
    list.get("issuer trusted")?.status === "passed" ? findIssuer(options.trust, outcome.issuer) : undefined;
  const issuer = describeIssuer(outcome.issuer, trusted);
  if (outcome.tooLarge) return { ...list.result("shc", issuer, null), tooLarge: true };
  if (list.get("format")?.status !== "passed") return list.result("shc", issuer, null);
  const rid = asText(asRecord(asRecord(outcome.payload)?.vc)?.rid);
  await checkStatus(list, options.status, {
    format: "shc",
    issuer: outcome.issuer,
    id: rid,
    ...(outcome.kid ? { kid: outcome.kid } : {}),
  });
  list.set(
    "schema",
    "skipped",
    "SMART Health Cards have no separate schema check; the card's structure is checked under format.",
  );
  const subject = shcSubject(outcome.payload, outcome.subject?.name, outcome.subject?.birthDate);
  return list.result("shc", issuer, subject);
};
