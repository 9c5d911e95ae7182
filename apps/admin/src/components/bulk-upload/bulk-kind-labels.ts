import type { TBulkKind } from "@vax/core/schemas";

/** How each kind of bulk upload reads in the portal. */
export const bulkKindLabels: Record<TBulkKind, string> = {
  facilities: "Facilities",
  users: "Users and vaccinators",
  "pre-enrolments": "Pre-enrolments",
  certify: "Vaccinations to certify",
};
