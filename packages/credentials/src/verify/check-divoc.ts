import { verifyDivocCredential } from "../divoc/verify.ts";
import { asRecord, asText, checkJsonValidity, createCheckList } from "./checks.ts";
import { checkStatus } from "./status.ts";
import { divocSubject } from "./subject.ts";
import { describeIssuer, divocKeys, findIssuer } from "./trust.ts";
import type { VerifyOptions, VerifyResult } from "./types.ts";

/** Verifies a DIVOC (VC 1.1) certificate through the DIVOC module, in the shared check names. */
export const checkDivoc = async (
  credential: Record<string, unknown>,
  how: string,
  options: VerifyOptions,
): Promise<VerifyResult> => {
  const list = createCheckList();
  list.set("decode", "passed", `The certificate was read from ${how}.`);
  const outcome = await verifyDivocCredential(credential, { keys: divocKeys(options.trust) });
  for (const check of outcome.checks) if (check.name !== "decode") list.set(check.name, check.status, check.reason);
  const method = asText(asRecord(credential.proof)?.verificationMethod);
  const trusted = list.get("issuer trusted")?.status === "passed" ? findIssuer(options.trust, method) : undefined;
  const issuer = describeIssuer(asText(credential.issuer) ?? asText(asRecord(credential.issuer)?.id), trusted);
  const issuerCheck = list.get("issuer trusted");
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
