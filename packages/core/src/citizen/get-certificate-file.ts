import type { TLocale } from "@vax/config/i18n";
import { qrPng } from "@vax/credentials/qr";
import { prisma } from "@vax/db";
import { renderCertificatePdf } from "@vax/pdf";
import { normaliseCertificateId } from "../certification/certificate-id";
import { issuedCredential } from "../certification/issued-credential";
import { getCertificateInFormat } from "../other-format/get-certificate-in-format";
import type { TCertificateFileKind } from "../schemas/citizen";
import { recordAudit } from "../shared/audit";
import { certificateDocument } from "./certificate-document";
import { requireDownloadableCertificate } from "./downloadable-certificate";
import { citizenActor } from "./mobile-number";
import { programmeTemplateSettings } from "./programme-template-settings";
import { findReadableCertificate, type TCertificateReader, type TReadableCertificate } from "./readable-certificate";
import { findReadableSchemaCredential } from "./readable-schema-credential";
import { QR_SCALE, schemaCredentialFile, type TCertificateFile } from "./schema-credential-file";

/** Options for {@link getCertificateFile}: who asks, for which certificate, in which form. */
export type GetCertificateFileOptions = {
  reader: TCertificateReader;
  certificateId: string;
  kind: TCertificateFileKind;
  /** The language a PDF prints beside English (`en`, the default, prints English alone). */
  language?: TLocale;
};

export type { TCertificateFile } from "./schema-credential-file";

const certificateFile = async (
  certificate: TReadableCertificate,
  kind: Exclude<TCertificateFileKind, "eu-dcc.png" | "shc.png">,
  language: TLocale,
): Promise<TCertificateFile> => {
  const baseName = `vaccination-certificate-${certificate.certificateId}`;
  if (kind === "json") {
    // The signed bytes themselves, not a re-indented copy: every copy of a certificate is the same document.
    return {
      fileName: `${baseName}.json`,
      contentType: "application/json",
      body: new TextEncoder().encode(issuedCredential(certificate).json),
    };
  }
  if (kind === "qr.png") {
    const { png } = await qrPng(issuedCredential(certificate).qr, { scale: QR_SCALE });
    return { fileName: `${baseName}-qr.png`, contentType: "image/png", body: new Uint8Array(png) };
  }
  const settings = await programmeTemplateSettings(certificate.tenantId, certificate.programmeId);
  const pdf = await renderCertificatePdf(certificateDocument(certificate), { settings, lang: language });
  return { fileName: `${baseName}.pdf`, contentType: "application/pdf", body: new Uint8Array(pdf) };
};

// Who downloaded which certificate in which form, in its tenant's audit log.
const recordDownload = (
  reader: TCertificateReader,
  entityType: "Certificate" | "SchemaCredential",
  row: { id: string; tenantId: string; certificateId: string },
  kind: TCertificateFileKind,
  language: TLocale | undefined,
) =>
  recordAudit(prisma, reader.type === "CITIZEN" ? citizenActor(reader.mobile) : reader.actor, {
    tenantId: row.tenantId,
    action: "certificate.downloaded",
    entityType,
    entityId: row.id,
    after: { certificateId: row.certificateId, file: kind, ...(language ? { language } : {}) },
  });

/**
 * One certificate as its signed credential (JSON, the bytes as signed), its printable A4 PDF, its QR
 * code (PNG) or the QR of its EU DCC or SMART Health Card (PNG), for its holder's citizen or an API
 * client of its tenant; not found for anyone else. Only an active certificate is handed out: a
 * revoked, suspended or superseded one is refused saying why, a superseded one naming its current
 * version. A credential issued under a schema (a test report) downloads the same way, as its JSON, QR or PDF.
 * Every download is in the audit log of the certificate's tenant: who, which certificate, which form.
 */
export const getCertificateFile = async ({
  reader,
  certificateId,
  kind,
  language,
}: GetCertificateFileOptions): Promise<TCertificateFile> => {
  const schemaCredential = await findReadableSchemaCredential(reader, certificateId);
  if (schemaCredential) {
    const file = await schemaCredentialFile(schemaCredential, kind, language ?? "en");
    await recordDownload(reader, "SchemaCredential", schemaCredential, kind, language);
    return file;
  }
  if (kind === "eu-dcc.png" || kind === "shc.png") {
    const format = kind === "eu-dcc.png" ? "eu-dcc" : "shc";
    const { qr } = await getCertificateInFormat({ reader, certificateId, format, file: kind });
    const { png } = await qrPng(qr, { scale: QR_SCALE });
    const fileName = `vaccination-certificate-${normaliseCertificateId(certificateId) ?? certificateId}-${format}.png`;
    return { fileName, contentType: "image/png", body: new Uint8Array(png) };
  }
  const certificate = await findReadableCertificate(reader, certificateId);
  await requireDownloadableCertificate(certificate);
  const file = await certificateFile(certificate, kind, language ?? "en");
  await recordDownload(reader, "Certificate", certificate, kind, language);
  return file;
};
