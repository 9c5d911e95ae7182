import { z } from "zod";
import { ZAuditEventView } from "./audit";
import { ZCertificateView } from "./dose";

const ZCertificateStatus = z.enum(["ACTIVE", "REVOKED", "SUSPENDED", "SUPERSEDED"]);
const ZDay = z.iso.date();

/** One dose behind a certificate: the recorded vaccination event, or only the credential's line when none is found. */
const ZCertificateDose = z
  .object({
    dose: z.number().int(),
    totalDoses: z.number().int(),
    vaccineName: z.string(),
    manufacturer: z.string(),
    batch: z.string(),
    date: ZDay,
    facilityName: z.string(),
    vaccinatorName: z.string().nullable(),
    source: z
      .enum(["FACILITY_APP", "CERTIFY_API", "BULK_UPLOAD"])
      .nullable()
      .meta({ description: "Null when the credential lists a dose no stored event matches" }),
    vaccinationEventId: z.string().nullable(),
    issuedFor: z.boolean().meta({ description: "Whether this is the dose the certificate was issued for" }),
  })
  .meta({ id: "CertificateDose" });

/** Everything the admin portal shows of one certificate: recipient, doses, versions, audit events and the credential. */
export const ZCertificateDetails = z
  .object({
    id: z.string(),
    certificateId: z.string(),
    status: ZCertificateStatus,
    statusReason: z.string().nullable(),
    suspendedUntil: z.iso.datetime().nullable(),
    format: z.enum(["W3C_VC", "DIVOC", "EU_DCC", "SHC"]),
    version: z.number().int(),
    issuedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    programme: z.object({ id: z.string(), name: z.string() }),
    dose: z.number().int(),
    totalDoses: z.number().int(),
    signingKey: z
      .object({
        kid: z.string(),
        algorithm: z.enum(["ED25519", "P256", "RSA"]),
        status: z.enum(["PENDING", "ACTIVE", "RETIRED", "REVOKED"]),
      })
      .nullable(),
    statusList: z
      .object({ number: z.number().int(), index: z.number().int() })
      .nullable()
      .meta({ description: "The slot the certificate holds in its tenant's revocation and suspension lists" }),
    recipient: z.object({
      id: z.string(),
      name: z.string(),
      dateOfBirth: ZDay.nullable(),
      age: z.number().int().nullable(),
      gender: z.enum(["MALE", "FEMALE", "OTHER"]),
      identityType: z.string(),
      identity: z.string().meta({ description: "Masked but for its last digits" }),
      mobile: z.string(),
    }),
    doses: z.array(ZCertificateDose),
    versions: z.array(
      z.object({
        id: z.string(),
        certificateId: z.string(),
        version: z.number().int(),
        status: ZCertificateStatus,
        issuedAt: z.iso.datetime(),
        current: z.boolean(),
      }),
    ),
    auditEvents: z.array(ZAuditEventView),
    credential: z.record(z.string(), z.unknown()),
    qr: z.string().meta({ description: "The native QR text (zlib + base45 of the credential)" }),
  })
  .meta({ id: "CertificateDetails" });

/** A correction's answer: the new version, and the certificate id of the version it superseded. */
export const ZCorrectedCertificate = z
  .object({ certificate: ZCertificateView, previousCertificateId: z.string() })
  .meta({ id: "CorrectedCertificate" });
