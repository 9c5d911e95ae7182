import type { TCertificateDocument } from "@vax/pdf";

/**
 * The made-up certificate a template preview is drawn with: a two-dose course of a named holder at
 * the actor's own tenant. Its QR says in words that it is a sample, so a printed preview can never
 * pass for a certificate.
 */
export const previewCertificateDocument = (
  issuer: TCertificateDocument["issuer"],
  verifyUrl: string,
): TCertificateDocument => ({
  certificateId: "SAMP-LE00-0001",
  programme: { name: "COVID-19 Vaccination Programme", disease: "COVID-19" },
  issuer,
  recipient: { name: "Ananya Rao", birthDate: "1985-03-14", gender: "Female", identifier: "Aadhaar XXXX XXXX 1234" },
  doses: [
    {
      doseNumber: 1,
      totalDoses: 2,
      vaccine: "COVISHIELD",
      manufacturer: "Serum Institute of India",
      batch: "4121Z005",
      date: "2021-03-14",
      facility: "PHC Jayanagar",
    },
    {
      doseNumber: 2,
      totalDoses: 2,
      vaccine: "COVISHIELD",
      manufacturer: "Serum Institute of India",
      batch: "4121Z088",
      date: "2021-06-20",
      facility: "PHC Jayanagar",
    },
  ],
  issuedAt: "2021-06-20T04:42:00Z",
  qr: "SAMPLE - this is a template preview, not a certificate",
  verifyUrl,
});
