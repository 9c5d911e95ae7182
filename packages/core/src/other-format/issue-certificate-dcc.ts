import { buildVaccinationPayload, COVID_19, issueDcc, uvci } from "@vax/credentials/eu-dcc";
import { AppError } from "../errors";
import { activeDccSigner } from "./format-signing-key";
import type { TIssuedOtherFormat, TOtherFormatCertificate } from "./issued-other-format";
import type { TOtherFormatSource } from "./other-format-source";

const DAY_MS = 86_400_000;
// A certificate that does not expire still needs a DCC `exp`; a year is what EU member states issued.
const DEFAULT_VALIDITY_DAYS = 365;
// The DCC schema caps `is` (the issuing authority) at 80 characters.
const MAX_ISSUER_LENGTH = 80;

/** Options for {@link issueCertificateDcc}. */
export type IssueCertificateDccOptions = {
  certificate: TOtherFormatCertificate;
  source: TOtherFormatSource;
  now: Date;
};

/**
 * Signs the EU Digital COVID Certificate of one dose certificate with the tenant's active Document
 * Signer: the certificate's own dose, its UVCI made from the certificate id. Refused with the reason
 * for a programme other than COVID-19 and for a vaccine without EU value-set codes.
 */
export const issueCertificateDcc = async ({
  certificate,
  source,
  now,
}: IssueCertificateDccOptions): Promise<TIssuedOtherFormat> => {
  if (certificate.programme.snomedCode !== COVID_19) {
    throw new AppError(
      "UNPROCESSABLE",
      `An EU Digital COVID Certificate covers COVID-19 vaccination only; this certificate is for ${certificate.programme.disease}`,
    );
  }
  const dose = source.doses.find((entry) => entry.doseNumber === certificate.dose) ?? source.doses.at(-1);
  if (!dose) throw new AppError("UNPROCESSABLE", "This certificate lists no dose");
  const { euProductCode, euHolderCode, euProphylaxisCode } = dose.codes;
  if (!euProductCode || !euHolderCode || !euProphylaxisCode) {
    throw new AppError(
      "UNPROCESSABLE",
      `The vaccine ${dose.vaccine} has no EU value-set codes (product, marketing authorisation holder, prophylaxis), which an EU DCC needs; an admin can add them to the vaccine`,
    );
  }
  const expiresAt = source.validUntil ?? new Date(now.getTime() + DEFAULT_VALIDITY_DAYS * DAY_MS);
  if (expiresAt <= now) {
    throw new AppError("UNPROCESSABLE", `This certificate was valid until ${expiresAt.toISOString().slice(0, 10)}`);
  }
  const country = certificate.tenant.country;
  const payload = buildVaccinationPayload({
    familyName: source.holder.familyName,
    givenName: source.holder.givenNames.join(" "),
    dateOfBirth: source.holder.birthDate ?? "",
    prophylaxis: euProphylaxisCode,
    product: euProductCode,
    manufacturer: euHolderCode,
    doseNumber: dose.doseNumber,
    totalDoses: dose.totalDoses,
    date: dose.date,
    country,
    issuer: certificate.tenant.name.slice(0, MAX_ISSUER_LENGTH),
    certificateId: certificate.certificateId,
  });
  const key = await activeDccSigner(certificate.tenant.id);
  try {
    const { qr } = await issueDcc({ payload, signer: key.signer, issuer: country, issuedAt: now, expiresAt });
    return { qr, revocationId: uvci(country, certificate.certificateId), signingKeyId: key.id, expiresAt };
  } catch (error) {
    throw new AppError("UNPROCESSABLE", `No EU DCC can be made of this certificate: ${(error as Error).message}`);
  }
};
