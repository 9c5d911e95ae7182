import { type TUserRole, userRoles } from "@vax/core/schemas";

const labels: Record<TUserRole | "PLATFORM_ADMIN", string> = {
  PLATFORM_ADMIN: "Platform admin",
  TENANT_ADMIN: "Tenant admin",
  FACILITY_ADMIN: "Facility admin",
  VACCINATOR: "Vaccinator",
  MONITORING: "Monitoring",
};

/** A role as people read it. */
export const roleLabel = (role: string) => labels[role as TUserRole] ?? role;

/** The roles an admin can give, as select options. */
export const roleOptions = userRoles.map((role) => ({ value: role, label: labels[role] }));
