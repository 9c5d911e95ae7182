import type * as x509 from "@peculiar/x509";
import type { TrustedIssuer, TrustList } from "../verify/types.ts";
import { alpha2OfIcao } from "./countries.ts";
import { certificateValidityProblem, issuedBy, parseCscas, type VdsNcSigner } from "./signer.ts";

/** The trust entry whose CSCA issued the seal's signer, or why there is none. */
export type CscaMatch =
  | { trusted: true; issuer: TrustedIssuer; csca: x509.X509Certificate; country: string }
  | { trusted: false; reason: string; issuer?: TrustedIssuer };

const entriesWithCscas = (trust: TrustList): TrustedIssuer[] =>
  (Array.isArray(trust?.issuers) ? trust.issuers : []).filter(
    (issuer) => issuer && Array.isArray(issuer.cscas) && issuer.cscas.length > 0,
  );

/**
 * Finds the trusted CSCA the signer certificate chains to. Only CSCAs of the seal's issuing country count: the
 * country of the seal's header (ICAO alpha-3), of the signer certificate and of the CSCA (alpha-2) must agree, and a
 * trust entry that names a country must name that one, so that one state's CSCA can never vouch for another's seals.
 */
export const findTrustedCsca = async (
  trust: TrustList,
  signer: VdsNcSigner,
  issuingCountry: string,
  now: Date,
): Promise<CscaMatch> => {
  const country = alpha2OfIcao(issuingCountry);
  if (!country) {
    return { trusted: false, reason: `The issuing country ${issuingCountry} is not one this checker knows.` };
  }
  if (signer.country !== country) {
    return {
      trusted: false,
      reason: `The signer certificate belongs to ${signer.country ?? "no country"}, not to the seal's issuing country ${issuingCountry} (${country}).`,
    };
  }
  const unreadable: string[] = [];
  let sameCountry = 0;
  for (const issuer of entriesWithCscas(trust)) {
    if (issuer.country !== undefined && issuer.country.toUpperCase() !== country) continue;
    const parsed = parseCscas(issuer.cscas ?? []);
    unreadable.push(...parsed.unreadable.map((reason) => `${issuer.name}: ${reason}`));
    for (const csca of parsed.cscas) {
      if (csca.country !== country) continue;
      sameCountry += 1;
      if (!(await issuedBy(signer.certificate, csca.certificate))) continue;
      const expired = certificateValidityProblem(csca.certificate, now, `CSCA of ${issuer.name}`);
      if (expired) return { trusted: false, reason: expired, issuer };
      return { trusted: true, issuer, csca: csca.certificate, country };
    }
  }
  const note = unreadable.length > 0 ? ` (${unreadable.join("; ")})` : "";
  const reason =
    sameCountry === 0
      ? `The trust list has no CSCA of ${issuingCountry} (${country}), so its seals cannot be trusted${note}.`
      : `The signer certificate was not issued by any trusted CSCA of ${issuingCountry} (${country})${note}.`;
  return { trusted: false, reason };
};
