import type { TCertificateDetails, TCertificateDose, TCertificateSearchKind } from "@vax/core";

type CertificateStatus = TCertificateDetails["status"];
type CertificateFormat = TCertificateDetails["format"];
type EventSource = NonNullable<TCertificateDose["source"]>;
type Gender = TCertificateDetails["recipient"]["gender"];

/** How each certificate status reads. */
export const statusLabels: Record<CertificateStatus, string> = {
  ACTIVE: "Active",
  REVOKED: "Revoked",
  SUSPENDED: "Suspended",
  SUPERSEDED: "Superseded",
};

/** How each credential format reads. */
export const formatLabels: Record<CertificateFormat, string> = {
  W3C_VC: "W3C Verifiable Credential 2.0",
  DIVOC: "DIVOC",
  EU_DCC: "EU Digital COVID Certificate",
  SHC: "SMART Health Card",
};

/** Where a dose was recorded. */
export const sourceLabels: Record<EventSource, string> = {
  FACILITY_APP: "Facility app",
  CERTIFY_API: "Certify API",
  BULK_UPLOAD: "Bulk upload",
};

/** How each gender reads. */
export const genderLabels: Record<Gender, string> = { MALE: "Male", FEMALE: "Female", OTHER: "Other" };

/** What a search text was read as, in words. */
export const searchKindLabels: Record<TCertificateSearchKind, string> = {
  certificateId: "certificate id",
  mobile: "mobile number",
  identityNumber: "identity number",
  name: "name",
};

/** A calendar date (YYYY-MM-DD) as people read it, without moving it across a time zone. */
export const formatDay = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { dateStyle: "medium", timeZone: "UTC" });
