import type { TCitizenCertificate } from "@vax/core";
import { useTranslations } from "next-intl";

/** Says why a certificate that is not valid has no downloads, and for a corrected one which certificate to download instead. */
export const WithheldDownloads = ({
  certificate,
}: {
  certificate: Pick<TCitizenCertificate, "status"> & Partial<Pick<TCitizenCertificate, "replacedBy">>;
}) => {
  const t = useTranslations("Withheld");
  if (certificate.status === "SUPERSEDED") {
    return (
      <p className="max-w-sm text-sm text-slate-600">
        {certificate.replacedBy
          ? t.rich("replacedBy", {
              id: () => (
                <span className="whitespace-nowrap font-mono font-medium text-slate-800">{certificate.replacedBy}</span>
              ),
            })
          : t("replaced")}
      </p>
    );
  }
  return (
    <p className="max-w-sm text-sm text-slate-600">
      {certificate.status === "REVOKED" ? t("revoked") : t("suspended")}
    </p>
  );
};
