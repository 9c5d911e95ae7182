import { prisma } from "@vax/db";
import { renderCertificatePdf } from "@vax/pdf";
import { certificateDocument } from "../citizen/certificate-document";
import { programmeTemplateSettings } from "../citizen/programme-template-settings";
import { readableInclude } from "../citizen/readable-certificate";
import type { TEmailAttachment } from "./email-sender";

/**
 * A certificate's printable PDF as an e-mail attachment, rendered when the e-mail is sent (exactly
 * as the citizen's download renders it) rather than stored beside the message.
 */
export const certificatePdfAttachment = async (certificateRowId: string): Promise<TEmailAttachment> => {
  const certificate = await prisma.certificate.findUniqueOrThrow({
    where: { id: certificateRowId },
    include: readableInclude,
  });
  const settings = await programmeTemplateSettings(certificate.tenantId, certificate.programmeId);
  const pdf = await renderCertificatePdf(certificateDocument(certificate), { settings });
  return {
    fileName: `vaccination-certificate-${certificate.certificateId}.pdf`,
    contentType: "application/pdf",
    content: Buffer.from(pdf),
  };
};
