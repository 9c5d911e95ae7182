import type { TCertifiedDose } from "../schemas/certify";
import type { TCertificateView } from "./certificate-view";

/** One certificate as the certify API answers it, for the row whose pre-enrolment code is given. */
export const certifiedDose = (
  certificate: TCertificateView,
  preEnrollmentCode: string | undefined,
): TCertifiedDose => ({
  certificateId: certificate.certificateId,
  preEnrollmentCode: preEnrollmentCode ?? null,
  dose: certificate.dose,
  credential: certificate.credential,
  qr: certificate.qr,
});
