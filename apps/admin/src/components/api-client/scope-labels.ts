import type { TApiScope } from "@vax/core/schemas";

/** What each scope lets a client do, shown beside its checkbox. */
export const scopeDescriptions: Record<TApiScope, string> = {
  "certificate:issue": "Record doses and issue certificates through the certify API",
  "certificate:read": "Fetch certificates, their PDFs and QR codes",
  "certificate:update": "Correct certificates (a new version replaces the old one)",
  "certificate:revoke": "Revoke, suspend and reinstate certificates",
  "credential:issue": "Issue credentials of the tenant's credential schemas through the W3C VC API",
  "recipient:write": "Pre-enrol recipients with their pre-enrolment codes",
  "bulk:write": "Upload CSV files of facilities, users, pre-enrolments or vaccinations to certify, and follow them",
  "trust:write": "Manage, import and export the issuers the verifier trusts (keep a DSC list in step)",
};
