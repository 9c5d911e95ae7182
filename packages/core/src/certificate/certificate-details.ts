import type { CertificateFormat, CertificateStatus, EventSource, Gender, KeyAlgorithm, KeyStatus } from "@vax/db";
import type { TAuditEventView } from "../audit/list-audit-events";

/** One dose behind a certificate: the recorded vaccination event, or only the credential's line when none is found. */
export type TCertificateDose = {
  dose: number;
  totalDoses: number;
  vaccineName: string;
  manufacturer: string;
  batch: string;
  /** YYYY-MM-DD. */
  date: string;
  facilityName: string;
  vaccinatorName: string | null;
  /** Where the dose was recorded; null when the credential lists a dose no stored event matches. */
  source: EventSource | null;
  vaccinationEventId: string | null;
  /** Whether this is the dose the certificate was issued for (its own vaccination event). */
  issuedFor: boolean;
};

/** One version of a certificate in its chain of corrections, oldest first. */
export type TCertificateVersion = {
  id: string;
  certificateId: string;
  version: number;
  status: CertificateStatus;
  issuedAt: string;
  /** Whether this is the certificate being looked at. */
  current: boolean;
};

/** The person a certificate was issued to, as an admin sees them. */
export type TCertificateRecipient = {
  id: string;
  name: string;
  /** YYYY-MM-DD, or null when only the age is known. */
  dateOfBirth: string | null;
  age: number | null;
  gender: Gender;
  identityType: string;
  /** The identity document as it may be shown: an Aadhaar number masked to its last four digits. */
  identity: string;
  mobile: string;
};

/** Everything the admin portal shows of one certificate. */
export type TCertificateDetails = {
  id: string;
  certificateId: string;
  status: CertificateStatus;
  statusReason: string | null;
  /** When a suspension ends by itself (ISO 8601); null when not suspended, or suspended until reinstated. */
  suspendedUntil: string | null;
  format: CertificateFormat;
  version: number;
  issuedAt: string;
  updatedAt: string;
  programme: { id: string; name: string };
  dose: number;
  totalDoses: number;
  signingKey: { kid: string; algorithm: KeyAlgorithm; status: KeyStatus } | null;
  /** The slot the certificate holds in its tenant's revocation and suspension lists. */
  statusList: { number: number; index: number } | null;
  recipient: TCertificateRecipient;
  doses: TCertificateDose[];
  versions: TCertificateVersion[];
  /** The audit events of this certificate, oldest first. */
  auditEvents: TAuditEventView[];
  credential: Record<string, unknown>;
  /** The native QR text (zlib + base45 of the credential). */
  qr: string;
};
