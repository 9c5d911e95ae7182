import type { DatabaseTransaction } from "@vax/db";
import { citizenActor } from "../citizen/mobile-number";
import { findReadableCertificate, type TCertificateReader } from "../citizen/readable-certificate";
import { recordAudit } from "../shared/audit";
import { storedOtherFormat, type TOtherFormat } from "./stored-other-format";

/** Options for {@link getCertificateInFormat}: who asks, for which certificate, in which format. */
export type GetCertificateInFormatOptions = {
  reader: TCertificateReader;
  certificateId: string;
  format: TOtherFormat;
  /** What the audit log names as downloaded: the QR text or its picture. */
  file?: string;
};

/**
 * A certificate's EU DCC (`HC1:`) or SMART Health Card (`shc:/`) QR text, for its holder's citizen or an
 * API client of its tenant (not found for anyone else), issued with the tenant's active key on the first
 * download and the same text after; a certificate that is not active has none. Every download is in the
 * audit log of the certificate's tenant, the first one marked as the issuance.
 */
export const getCertificateInFormat = async ({
  reader,
  certificateId,
  format,
  file = format,
}: GetCertificateInFormatOptions): Promise<{ qr: string }> => {
  const certificate = await findReadableCertificate(reader, certificateId);
  const actor = reader.type === "CITIZEN" ? citizenActor(reader.mobile) : reader.actor;
  return storedOtherFormat({
    certificate,
    format,
    record: (tx: DatabaseTransaction, issued: boolean) =>
      recordAudit(tx, actor, {
        tenantId: certificate.tenantId,
        action: "certificate.downloaded",
        entityType: "Certificate",
        entityId: certificate.id,
        after: { certificateId: certificate.certificateId, file, ...(issued ? { issued: format } : {}) },
      }),
  });
};
