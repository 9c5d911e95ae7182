import type { TApiOperation } from "@vax/core/openapi";
import { ZCertificatePdfQuery, ZCertificateQr } from "@vax/core/schemas";
import { z } from "zod";

const ZCertificatePath = z.object({ certificateId: z.string().meta({ description: "The certificate id" }) });

const file = (suffix: string, summary: string, mediaType: string): TApiOperation => ({
  method: "get",
  path: `/api/v1/certificates/{certificateId}${suffix}`,
  tag: "Certificates",
  auth: "sessionOrApiToken",
  permission: "certificate:read (API client)",
  summary,
  description: "For a citizen whose number the certificate is on, or an API client of its tenant.",
  pathParams: ZCertificatePath,
  success: { status: 200, description: "The certificate, as a download", mediaType },
  errors: { 404: "No such certificate for this caller" },
});

/** The operations that hand a certificate out in each of its forms. */
export const certificateOperations = (): TApiOperation[] => [
  {
    ...file("", "The signed credential (JSON)", "application/json"),
    success: {
      status: 200,
      description: "The signed credential, exactly as signed",
      schema: z.record(z.string(), z.unknown()),
    },
  },
  {
    ...file("/pdf", "The printable A4 certificate", "application/pdf"),
    query: ZCertificatePdfQuery,
  },
  file("/qr.png", "The certificate's QR code as a PNG image", "image/png"),
  file("/eu-dcc.png", "The certificate's EU DCC QR code as a PNG image", "image/png"),
  file("/shc.png", "The certificate's SMART Health Card QR code as a PNG image", "image/png"),
  {
    ...file("/eu-dcc", 'The certificate as an EU Digital COVID Certificate, `{qr: "HC1:..."}`', "application/json"),
    success: { status: 200, description: "The EU DCC's QR text", schema: ZCertificateQr },
  },
  {
    ...file("/shc", 'The certificate as a SMART Health Card, `{qr: "shc:/..."}`', "application/json"),
    success: { status: 200, description: "The SMART Health Card's QR text", schema: ZCertificateQr },
  },
];
