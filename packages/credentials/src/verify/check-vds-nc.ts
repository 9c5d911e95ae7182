import { InputTooLargeError } from "../limits.ts";
import { vdsNcSubject } from "../vds-nc/holder.ts";
import { vdsNcMessageProblems } from "../vds-nc/message-schema.ts";
import { readVdsNcSeal, type VdsNcSeal } from "../vds-nc/seal.ts";
import { vdsNcSignatureProblem } from "../vds-nc/signature.ts";
import {
  certificateValidityProblem,
  readVdsNcSigner,
  signerUsageProblem,
  VDS_NC_SIGNER_EKU,
  type VdsNcSigner,
} from "../vds-nc/signer.ts";
import { type CscaMatch, findTrustedCsca } from "../vds-nc/trusted-csca.ts";
import { asText, type CheckList, createCheckList, messageOf, sentence } from "./checks.ts";
import { checkStanding } from "./standing.ts";
import { checkStatus } from "./status.ts";
import type { Issuer, VerifyOptions, VerifyResult } from "./types.ts";

const KIND = { "icao.vacc": "proof of vaccination", "icao.test": "proof of testing" } as const;

type Opened = { seal: VdsNcSeal; signer: VdsNcSigner } | { result: VerifyResult };

// Decode and format: the envelope as the guidelines define it, and a signer certificate that can be read.
const open = async (value: Record<string, unknown>, how: string, list: CheckList): Promise<Opened> => {
  let seal: VdsNcSeal;
  try {
    seal = readVdsNcSeal(value);
  } catch (error) {
    if (error instanceof InputTooLargeError) {
      list.set("decode", "failed", sentence(error.message));
      return { result: { ...list.result("vds-nc", null, null), tooLarge: true } };
    }
    list.set("decode", "passed", `The seal was read from ${how}.`);
    list.set("format", "failed", sentence(messageOf(error)));
    return { result: list.result("vds-nc", null, null) };
  }
  list.set("decode", "passed", `The seal was read from ${how}.`);
  try {
    return { seal, signer: await readVdsNcSigner(seal.certificate) };
  } catch (error) {
    list.set("format", "failed", sentence(messageOf(error)));
    return { result: list.result("vds-nc", null, null) };
  }
};

const describe = (seal: VdsNcSeal, match: CscaMatch): Issuer => {
  if (!match.trusted) return { id: seal.issuingCountry };
  const country = match.issuer.country ?? match.country;
  return { id: seal.issuingCountry, name: match.issuer.name, country };
};

/**
 * Verifies an ICAO VDS-NC seal (proof of vaccination or of testing) in the shared check names: its signature by
 * the certificate it carries, that certificate's chain to a trusted CSCA of the seal's issuing country, its key
 * usage and validity, the trust list's revocations and the caller's status lists, and the message's fields.
 */
export const checkVdsNc = async (
  value: Record<string, unknown>,
  how: string,
  options: VerifyOptions,
): Promise<VerifyResult> => {
  const list = createCheckList();
  const opened = await open(value, how, list);
  if ("result" in opened) return opened.result;
  const { seal, signer } = opened;
  const now = options.now ?? new Date();
  list.set(
    "format",
    "passed",
    `A VDS-NC ${KIND[seal.type]} (version ${seal.version}) of ${seal.issuingCountry}, signed with ${seal.algorithm}.`,
  );
  const match = await findTrustedCsca(options.trust, signer, seal.issuingCountry, now);
  checkStanding(list, options.trust, { issuer: match.issuer, kid: signer.kid });

  const signatureProblem = await vdsNcSignatureProblem(seal, signer.certificate);
  list.set(
    "signature",
    signatureProblem ? "failed" : "passed",
    signatureProblem ??
      `The signature holds: made by the key of the seal's signer certificate (${signer.certificate.subject}).`,
  );
  if (match.trusted) {
    list.set(
      "issuer trusted",
      "passed",
      `The signer certificate was issued by the CSCA of ${match.issuer.name} (${match.csca.subject}).`,
    );
  } else {
    list.set("issuer trusted", "failed", match.reason);
  }
  const usageProblem = signerUsageProblem(signer.certificate, seal.type);
  list.set(
    "key status",
    usageProblem ? "failed" : "passed",
    usageProblem ?? `The signer certificate (kid ${signer.kid}) may sign VDS-NC seals (${VDS_NC_SIGNER_EKU}).`,
  );
  const expired = certificateValidityProblem(signer.certificate, now, "signer certificate");
  list.set(
    "validity period",
    expired ? "failed" : "passed",
    expired ??
      `The signer certificate is valid until ${signer.certificate.notAfter.toISOString()}; the seal itself has no expiry.`,
  );

  await checkStatus(list, options.status, {
    format: "vds-nc",
    issuer: seal.issuingCountry,
    id: asText(seal.message.uvci) ?? asText(seal.message.utci),
    kid: signer.kid,
  });
  const problems = vdsNcMessageProblems(seal.type, seal.message);
  list.set(
    "schema",
    problems.length > 0 ? "failed" : "passed",
    problems.length > 0
      ? sentence(`The message is incomplete: ${problems.join("; ")}`)
      : `The message has every field a ${KIND[seal.type]} needs.`,
  );
  return list.result("vds-nc", describe(seal, match), vdsNcSubject(seal.type, seal.message));
};
