import { env } from "@vax/config/env";
import type { TCertificateDocument } from "@vax/pdf";
import { issuedCredential } from "../certification/issued-credential";
import { AppError } from "../errors";
import type { TReadableCertificate } from "./readable-certificate";
import { signedCredentialContent } from "./signed-credential-content";

/**
 * The printed certificate of a stored one: holder and doses come from its signed credential, so
 * the paper says exactly what its QR says; issuer and programme from the tenant and programme.
 * A course not yet complete is printed as provisional, as CoWIN did.
 */
export const certificateDocument = (certificate: TReadableCertificate): TCertificateDocument => {
  const { credential, qr } = issuedCredential(certificate);
  const content = signedCredentialContent(credential);
  if (!content || content.doses.length === 0) {
    throw new AppError("UNPROCESSABLE", "This certificate is not in a format that can be printed");
  }
  const lastDose = content.doses[content.doses.length - 1];
  const complete = !!lastDose && lastDose.doseNumber >= lastDose.totalDoses;
  return {
    certificateId: certificate.certificateId,
    provisional: !complete,
    programme: { name: certificate.programme.name, disease: certificate.programme.disease },
    issuer: { name: certificate.tenant.name, country: certificate.tenant.country, did: content.issuer },
    recipient: content.holder,
    doses: content.doses,
    issuedAt: certificate.issuedAt.toISOString(),
    qr,
    verifyUrl: env.VAX_PUBLIC_URL,
    timeZone: certificate.tenant.timeZone,
  };
};
