import type { TCorrectionChangeReview } from "@vax/core";
import type { TCorrectableField } from "@vax/core/schemas";
import { getTranslations } from "next-intl/server";
import { ChangeComparison } from "@/components/change-comparison";

/** The details a request would change: what the certificate says now beside what the citizen says is right. */
export const RequestedChanges = async ({ changes }: { changes: TCorrectionChangeReview[] }) => {
  const t = await getTranslations("CorrectionRequestChanges");
  const labels: Record<TCorrectableField, string> = {
    name: t("name"),
    dateOfBirth: t("dateOfBirth"),
    gender: t("gender"),
    nationality: t("nationality"),
    identityType: t("identityType"),
    identityNumber: t("identityNumber"),
    address: t("address"),
    vaccine: t("vaccine"),
    batch: t("batch"),
    vaccinationDate: t("vaccinationDate"),
    facility: t("facility"),
  };
  return (
    <ChangeComparison
      headings={[t("detail"), t("onCertificate"), t("requested")]}
      rows={changes.map((change) => ({
        key: change.field,
        label: labels[change.field] ?? change.label,
        before: change.current || "—",
        after: change.value,
      }))}
    />
  );
};
