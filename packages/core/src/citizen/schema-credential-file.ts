import type { TLocale } from "@vax/config/i18n";
import { qrPng } from "@vax/credentials/qr";
import { renderCertificatePdf } from "@vax/pdf";
import { schemaCredentialCopies } from "../credential-schema/schema-credential-copies";
import { AppError } from "../errors";
import type { TCertificateFileKind } from "../schemas/citizen";
import { WHY_WITHHELD } from "./downloadable-certificate";
import type { TReadableSchemaCredential } from "./readable-schema-credential";
import { schemaCredentialDocument } from "./schema-credential-document";
import { schemaCredentialTemplateSettings } from "./schema-template-settings";

/** A certificate or credential as a file to download. */
export type TCertificateFile = { fileName: string; contentType: string; body: Uint8Array<ArrayBuffer> };

// Eight pixels a module: sharp when printed or shown full-screen at a counter.
export const QR_SCALE = 8;

/**
 * A credential issued under a schema as its signed JSON, its QR (PNG) or its PDF in English and the language
 * given, with the tenant's template for its schema (else the built-in look). Only an active one is handed out, and it
 * has no EU DCC or SMART Health Card form, which carry vaccinations only.
 */
export const schemaCredentialFile = async (
  credential: TReadableSchemaCredential,
  kind: TCertificateFileKind,
  language: TLocale,
): Promise<TCertificateFile> => {
  if (credential.status !== "ACTIVE") {
    const reason = credential.statusReason ? ` (${credential.statusReason})` : "";
    throw new AppError("UNPROCESSABLE", `${WHY_WITHHELD[credential.status]}${reason}`, [
      { path: "status", message: credential.status },
    ]);
  }
  const { schema } = credential.schemaVersion;
  const baseName = `${schema.name}-${credential.certificateId}`;
  const { json, qr } = schemaCredentialCopies(credential);
  if (kind === "json") {
    return { fileName: `${baseName}.json`, contentType: "application/json", body: new TextEncoder().encode(json) };
  }
  if (kind === "qr.png") {
    const { png } = await qrPng(qr, { scale: QR_SCALE });
    return { fileName: `${baseName}-qr.png`, contentType: "image/png", body: new Uint8Array(png) };
  }
  if (kind !== "pdf") {
    throw new AppError("UNPROCESSABLE", `A ${schema.title} has no ${kind} form: those carry vaccinations only`);
  }
  const settings = await schemaCredentialTemplateSettings(credential.tenantId, {
    ...schema,
    builtIn: schema.tenantId === null,
  });
  const pdf = await renderCertificatePdf(schemaCredentialDocument(credential), { settings, lang: language });
  return { fileName: `${baseName}.pdf`, contentType: "application/pdf", body: new Uint8Array(pdf) };
};
