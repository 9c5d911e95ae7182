import { type TUserRole, userRoles } from "@vax/core/schemas";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";

type TRoleLabels = Record<TUserRole | "PLATFORM_ADMIN", string>;

// The hook and the getter below read the same messages: one serves client components, the other async server pages.
const labelsOf = (t: (key: string) => string): TRoleLabels => ({
  PLATFORM_ADMIN: t("platformAdmin"),
  TENANT_ADMIN: t("tenantAdmin"),
  FACILITY_ADMIN: t("facilityAdmin"),
  VACCINATOR: t("vaccinator"),
  MONITORING: t("monitoring"),
});

const labelOf = (labels: TRoleLabels) => (role: string) => labels[role as TUserRole] ?? role;

/** Roles as people read them, and the roles an admin can give as select options, for client components. */
export const useRoleLabels = () => {
  const t = useTranslations("UserRole");
  const labels = labelsOf(t);
  return {
    roleLabel: labelOf(labels),
    roleOptions: userRoles.map((role) => ({ value: role, label: labels[role] })),
  };
};

/** A role as people read it, for async server pages. */
export const getRoleLabel = async () => {
  const t = await getTranslations("UserRole");
  return labelOf(labelsOf(t));
};
