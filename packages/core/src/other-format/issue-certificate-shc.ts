import { COVID_19 } from "@vax/credentials/eu-dcc";
import { buildVaccinationBundle, computeShcRid, issueShc, SHC_COVID19_IMMUNIZATION_TYPES } from "@vax/credentials/shc";
import { AppError } from "../errors";
import { tenantBaseUrl } from "../issuer/issuer-urls";
import { activeShcSigner } from "./format-signing-key";
import type { TIssuedOtherFormat, TOtherFormatCertificate } from "./issued-other-format";
import type { TOtherFormatSource } from "./other-format-source";

// A card for another disease keeps the general types; #covid19 would claim what it is not.
const IMMUNIZATION_TYPES = SHC_COVID19_IMMUNIZATION_TYPES.filter((type) => !type.endsWith("#covid19"));

/** Options for {@link issueCertificateShc}. */
export type IssueCertificateShcOptions = {
  certificate: TOtherFormatCertificate;
  source: TOtherFormatSource;
  now: Date;
};

/**
 * Signs the SMART Health Card of a certificate with the tenant's active SHC key: every dose the
 * credential lists, issued under the tenant's base URL (whose JWKS holds the key), with a `rid` of
 * its own so that the CRL can revoke this certificate and no other. Refused with the reason when the
 * holder's birth date or a vaccine's CVX code is missing.
 */
export const issueCertificateShc = async ({
  certificate,
  source,
  now,
}: IssueCertificateShcOptions): Promise<TIssuedOtherFormat> => {
  const { birthDate, familyName, givenNames } = source.holder;
  if (!birthDate) {
    throw new AppError(
      "UNPROCESSABLE",
      "A SMART Health Card needs the holder's date of birth, which this certificate does not carry",
    );
  }
  const uncoded = source.doses.find((dose) => !dose.codes.cvxCode);
  if (uncoded) {
    throw new AppError(
      "UNPROCESSABLE",
      `The vaccine ${uncoded.vaccine} has no CVX code, which a SMART Health Card needs; an admin can add it to the vaccine`,
    );
  }
  if (source.validUntil && source.validUntil <= now) {
    throw new AppError(
      "UNPROCESSABLE",
      `This certificate was valid until ${source.validUntil.toISOString().slice(0, 10)}`,
    );
  }
  const key = await activeShcSigner(certificate.tenant.id);
  const rid = await computeShcRid(key.signer.kid, certificate.certificateId);
  const fhirBundle = buildVaccinationBundle({
    patient: { ...(familyName ? { family: familyName } : {}), given: givenNames, birthDate },
    doses: source.doses.map((dose) => ({
      cvx: dose.codes.cvxCode as string,
      date: dose.date,
      lotNumber: dose.batch,
      performer: dose.facility,
    })),
  });
  try {
    const { qr } = await issueShc({
      issuer: tenantBaseUrl(certificate.tenant.slug),
      fhirBundle,
      issuedAt: now,
      ...(source.validUntil ? { expiresAt: source.validUntil } : {}),
      rid,
      types: certificate.programme.snomedCode === COVID_19 ? SHC_COVID19_IMMUNIZATION_TYPES : IMMUNIZATION_TYPES,
      key: key.signer,
    });
    return { qr, revocationId: rid, signingKeyId: key.id, expiresAt: source.validUntil };
  } catch (error) {
    throw new AppError(
      "UNPROCESSABLE",
      `No SMART Health Card can be made of this certificate: ${(error as Error).message}`,
    );
  }
};
