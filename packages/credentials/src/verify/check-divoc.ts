import { type DivocCheck, verifyDivocCredential } from "../divoc/verify.ts";
import { asRecord, asText, checkJsonValidity, createCheckList } from "./checks.ts";
import { checkStatus } from "./status.ts";
import { divocSubject } from "./subject.ts";
import { type DivocIssuerMatch, describeIssuer, divocKeysOf, findDivocIssuer } from "./trust.ts";
import type { VerifyOptions, VerifyResult } from "./types.ts";

// The issuer check in the terms of the trust list: whose entry was used, or why none could be.
type DivocLookup = { issuerId?: string; method?: string; match?: DivocIssuerMatch; keyCount: number };

const issuerReason = (check: DivocCheck, { issuerId, method, match, keyCount }: DivocLookup): string => {
  const issuer = issuerId ?? "(not named)";
  if (check.status === "passed" && match?.by === "verification method") {
    return `The issuer ${issuer} is not on the trust list by name; only "${match.entry.name}" holds the verification method "${method}", and its key was used.`;
  }
  if (check.status !== "failed" || keyCount > 0 || method === undefined) return check.reason;
  if (match) return `The trusted issuer "${match.entry.name}" holds no key for the verification method "${method}".`;
  return `The issuer ${issuer} is not on the trust list (nor is the verification method "${method}" alone, as older lists name a DIVOC issuer).`;
};

/** Verifies a DIVOC (VC 1.1) certificate through the DIVOC module, in the shared check names. */
export const checkDivoc = async (
  credential: Record<string, unknown>,
  how: string,
  options: VerifyOptions,
): Promise<VerifyResult> => {
  const list = createCheckList();
  list.set("decode", "passed", `The certificate was read from ${how}.`);
  const issuerId = asText(credential.issuer) ?? asText(asRecord(credential.issuer)?.id);
  const method = asText(asRecord(credential.proof)?.verificationMethod);
  const match = findDivocIssuer(options.trust, issuerId, method);
  const keys = match && method ? divocKeysOf(match.entry, method) : [];
  const outcome = await verifyDivocCredential(credential, { keys, contexts: match?.entry.contexts });
  for (const check of outcome.checks) {
    if (check.name === "decode") continue;
    const reason =
      check.name === "issuer trusted"
        ? issuerReason(check, { issuerId, method, match, keyCount: keys.length })
        : check.reason;
    list.set(check.name, check.status, reason);
  }
  const issuerCheck = list.get("issuer trusted");
  // An entry found only by its verification method names the issuer once the signature proves the key its.
  const proven = match?.by === "issuer" || list.get("signature")?.status === "passed";
  const trusted = issuerCheck?.status === "passed" && proven ? match?.entry : undefined;
  const issuer = describeIssuer(issuerId, trusted);
  if (issuerCheck?.status === "passed") {
    list.set("key status", "passed", `The signing key "${method}" is on the trust list.`);
  } else if (issuerCheck?.status === "failed") {
    list.set("key status", "failed", "The signing key is not one the trust list holds for this issuer.");
  }
  if (list.get("format")?.status !== "passed") return list.result("divoc", issuer, null);
  checkJsonValidity(credential, options.now ?? new Date(), list);
  const subject = asRecord(credential.credentialSubject);
  const id = asText(credential.id) ?? asText(subject?.id) ?? asText(subject?.refId);
  await checkStatus(list, options.status, { format: "divoc", issuer: issuer?.id, id });
  list.set(
    "schema",
    "skipped",
    "DIVOC certificates have no schema beyond their JSON-LD context, checked with the signature.",
  );
  return list.result("divoc", issuer, divocSubject(credential));
};
