import { env } from "@vax/config/env";

/** What happened to a certificate that its holder is told about. */
export type TCertificateEvent = "issued" | "corrected" | "revoked" | "suspended" | "reinstated";

/** What a certificate notice needs to say: the printed id, and the programme and dose it is for. */
export type TCertificateNoticeFacts = { certificateId: string; programmeName: string; dose: number };

/** The e-mail and SMS of one certificate notice, and whether the e-mail carries the certificate's PDF. */
export type TCertificateNoticeText = { subject: string; email: string; sms: string; attachPdf: boolean };

// Where a holder signs in to see and download their certificates.
const citizenLink = () => new URL("/", env.VAX_CITIZEN_URL).toString();

const SUBJECTS: Record<TCertificateEvent, string> = {
  issued: "Your vaccination certificate is ready",
  corrected: "Your vaccination certificate has been corrected",
  revoked: "Your vaccination certificate has been revoked",
  suspended: "Your vaccination certificate has been suspended",
  reinstated: "Your vaccination certificate is valid again",
};

const EVENT_LINES: Record<TCertificateEvent, (id: string) => string> = {
  issued: (id) => `Your vaccination certificate ${id} is ready.`,
  corrected: (id) =>
    `Your vaccination certificate has been corrected and issued again as ${id}. The earlier version no longer verifies.`,
  revoked: (id) => `Your vaccination certificate ${id} has been revoked and no longer verifies.`,
  suspended: (id) => `Your vaccination certificate ${id} has been suspended and does not verify for now.`,
  reinstated: (id) => `Your vaccination certificate ${id} is valid again.`,
};

// A certificate that verifies travels with its notice; one that does not is only announced.
const WITH_PDF: Record<TCertificateEvent, boolean> = {
  issued: true,
  corrected: true,
  revoked: false,
  suspended: false,
  reinstated: true,
};

/**
 * The words of a certificate notice. They name the certificate, programme and dose and nothing
 * about the holder, since a message can reach a shared phone or inbox; the holder signs in at the
 * link to see the rest.
 */
export const certificateNoticeText = (
  event: TCertificateEvent,
  facts: TCertificateNoticeFacts,
): TCertificateNoticeText => {
  const link = citizenLink();
  const line = EVENT_LINES[event](facts.certificateId);
  const attachPdf = WITH_PDF[event];
  const email = [
    `${line}`,
    `Programme: ${facts.programmeName}, dose ${facts.dose}.`,
    ...(attachPdf ? ["The certificate is attached as a PDF."] : []),
    `See and download your certificates: ${link}`,
  ].join("\n\n");
  return { subject: SUBJECTS[event], email: `${email}\n`, sms: `${line} ${link}`, attachPdf };
};
