// @peculiar/x509 2.x loads tsyringe, which needs the Reflect metadata API before it is imported.
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { z } from "zod";
import { DCC_KEY_USAGE_OIDS } from "../eu-dcc/certificates.ts";
import type { TrustedIssuer } from "../verify/types.ts";
import { countryName } from "./countries.ts";
import { MAX_TRUST_ENTRIES } from "./limits.ts";
import { certificateKid, RefusedKeyError, readCertificate, readCsca, sameKid } from "./read-key.ts";
import { describeIssues, label, type RefusedTrustItem, TrustDocumentError } from "./refusals.ts";

/** One entry of an EU DCC / WHO GDHCN DSC list; gateways add fields (thumbprint, signature, timestamp) we ignore. */
export const ZDscListEntry = z.object({
  kid: z.string().min(1).max(512),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "must be an ISO 3166 alpha-2 country code")
    .transform((code) => code.toUpperCase()),
  certificateType: z.string().max(64),
  rawData: z.string().min(1),
});
type TDscListEntry = z.infer<typeof ZDscListEntry>;

const DCC_OIDS = new Set(Object.values(DCC_KEY_USAGE_OIDS).flat());
const NOT_SIGNERS: Record<string, string> = {
  UPLOAD: "an UPLOAD certificate (it signs a country's uploads to the gateway, not certificates)",
  AUTHENTICATION: "an AUTHENTICATION certificate (it authenticates a country to the gateway, not certificates)",
};

const refuse = (reason: string): never => {
  throw new RefusedKeyError(reason);
};

const subjectCountry = (certificate: x509.X509Certificate): string | undefined =>
  certificate.subjectName.getField("C")[0]?.toUpperCase();

// A certificate that names no country cannot contradict the list (the EU test DSCs name none); one naming
// another country is refused.
const checkCountry = (certificate: x509.X509Certificate, country: string): void => {
  const named = subjectCountry(certificate);
  if (named && named !== country) refuse(`The list files it under ${country}, but the certificate is ${named}'s.`);
};

const checkValidity = (certificate: x509.X509Certificate, now: Date): void => {
  if (now < certificate.notBefore) refuse(`It is not valid before ${certificate.notBefore.toISOString()}.`);
  if (now > certificate.notAfter) refuse(`It expired on ${certificate.notAfter.toISOString()}.`);
};

const checkSignerUsage = (certificate: x509.X509Certificate): void => {
  const usage = certificate.getExtension(x509.KeyUsagesExtension);
  if (usage && (usage.usages & x509.KeyUsageFlags.digitalSignature) === 0) {
    refuse("Its key usage does not allow digital signatures, so it cannot sign certificates.");
  }
  const extended = certificate.getExtension(x509.ExtendedKeyUsageExtension);
  if (extended && !extended.usages.some((oid) => DCC_OIDS.has(String(oid)))) {
    refuse("Its extended key usage names none of the DCC types (test, vaccination, recovery).");
  }
};

const signedByOneOf = async (certificate: x509.X509Certificate, cscas: x509.X509Certificate[]): Promise<boolean> => {
  for (const csca of cscas) {
    // signatureOnly: the DSC's own dates are checked above; a CSCA may have signed it while valid.
    const verified = await certificate.verify({ publicKey: csca, signatureOnly: true }).catch(() => false);
    if (verified) return true;
  }
  return false;
};

type Csca = { text: string; certificate: x509.X509Certificate };
// An entry with its place in the list, so that refusals are reported in the list's order.
type ListedEntry = { entry: TDscListEntry; item: string; order: number };

const readCscas = (
  entries: ListedEntry[],
  extra: string[],
  now: Date,
  refused: Map<number, RefusedTrustItem>,
): Map<string, Csca[]> => {
  const byCountry = new Map<string, Csca[]>();
  const take = (order: number, item: string, text: string, country: string | undefined) => {
    try {
      const certificate = readCsca(text);
      const own = country ?? subjectCountry(certificate) ?? refuse("It names no country (subject C).");
      if (country) checkCountry(certificate, country);
      checkValidity(certificate, now);
      byCountry.set(own, [...(byCountry.get(own) ?? []), { text, certificate }]);
    } catch (error) {
      if (!(error instanceof RefusedKeyError)) throw error;
      refused.set(order, { item, reason: error.message });
    }
  };
  for (const { entry, item, order } of entries) take(order, item, entry.rawData, entry.country);
  // CSCAs given beside the list are reported after its entries.
  for (const [index, text] of extra.entries())
    take(MAX_TRUST_ENTRIES + index, `given CSCA ${index + 1}`, text, undefined);
  return byCountry;
};

const itemOf = (value: unknown, index: number): string => {
  const raw = (value ?? {}) as { kid?: unknown; country?: unknown };
  const details = [
    typeof raw.kid === "string" ? `kid ${label(raw.kid)}` : undefined,
    typeof raw.country === "string" ? label(raw.country) : undefined,
  ].filter(Boolean);
  return `entry ${index + 1}${details.length ? ` (${details.join(", ")})` : ""}`;
};

// Answers the DSC's kid in standard base64, whichever alphabet the list wrote it in.
const checkDsc = async (entry: TDscListEntry, now: Date, cscas: Map<string, Csca[]> | undefined): Promise<string> => {
  const certificate = readCertificate(entry.rawData);
  const kid = await certificateKid(certificate);
  if (!sameKid(entry.kid, kid)) refuse(`Its kid ${label(entry.kid)} is not the certificate's own kid "${kid}".`);
  checkCountry(certificate, entry.country);
  checkValidity(certificate, now);
  checkSignerUsage(certificate);
  if (!cscas) return kid;
  const own = cscas.get(entry.country) ?? [];
  if (own.length === 0) refuse(`CSCAs were given, but none for ${entry.country}, so its chain cannot be checked.`);
  if (
    !(await signedByOneOf(
      certificate,
      own.map((csca) => csca.certificate),
    ))
  ) {
    refuse(`It is not signed by any of ${entry.country}'s CSCAs.`);
  }
  return kid;
};

/**
 * Reads an EU DCC / WHO GDHCN DSC list `[{kid, country, certificateType, rawData}]`: each DSC's kid, country,
 * validity at `now` and key usage are checked and, when CSCAs are given (in the list or the options), its signature
 * by one of its country's CSCAs. Accepted DSCs become one trusted issuer per country, whose `ids` are the country
 * code alone: a DCC names its issuing country in its `iss` claim and is matched to its DSC by kid, so the code is
 * the identifier the verifier shows and that a later import of the same country's list matches on.
 */
export const readDscList = async (
  input: unknown[],
  options: { now: Date; cscas?: string[] },
): Promise<{ issuers: TrustedIssuer[]; refused: RefusedTrustItem[] }> => {
  if (input.length > MAX_TRUST_ENTRIES) {
    throw new TrustDocumentError(`The DSC list has ${input.length} entries, more than ${MAX_TRUST_ENTRIES}.`);
  }
  const refused = new Map<number, RefusedTrustItem>();
  const signers: ListedEntry[] = [];
  const cscaEntries: ListedEntry[] = [];
  for (const [index, value] of input.entries()) {
    const item = itemOf(value, index);
    const parsed = ZDscListEntry.safeParse(value);
    if (!parsed.success) {
      refused.set(index, { item, reason: `It is not a DSC list entry: ${describeIssues(parsed.error)}.` });
      continue;
    }
    const type = parsed.data.certificateType.toUpperCase();
    const listed = { entry: parsed.data, item, order: index };
    if (type === "DSC") signers.push(listed);
    else if (type === "CSCA") cscaEntries.push(listed);
    else {
      const what = NOT_SIGNERS[type] ?? `of the unknown type ${label(type)}`;
      refused.set(index, { item, reason: `It is ${what}, not a document signer (DSC) or CSCA.` });
    }
  }
  const anyCscas = cscaEntries.length > 0 || (options.cscas?.length ?? 0) > 0;
  const cscas = anyCscas ? readCscas(cscaEntries, options.cscas ?? [], options.now, refused) : undefined;
  const byCountry = new Map<string, TrustedIssuer>();
  for (const { entry, item, order } of signers) {
    let kid: string;
    try {
      kid = await checkDsc(entry, options.now, cscas);
    } catch (error) {
      if (!(error instanceof RefusedKeyError)) throw error;
      refused.set(order, { item, reason: error.message });
      continue;
    }
    const group = byCountry.get(entry.country) ?? {
      name: countryName(entry.country),
      country: entry.country,
      ids: [entry.country],
      keys: [],
      ...(cscas?.get(entry.country)?.length ? { cscas: cscas.get(entry.country)?.map((csca) => csca.text) } : {}),
    };
    group.keys.push({ kid, certificate: entry.rawData });
    byCountry.set(entry.country, group);
  }
  const inOrder = [...refused.entries()].sort(([a], [b]) => a - b).map(([, refusal]) => refusal);
  return { issuers: [...byCountry.values()], refused: inOrder };
};
