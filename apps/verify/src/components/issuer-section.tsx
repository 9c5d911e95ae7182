import type { TLocale } from "@vax/config/i18n";
import type { Issuer } from "@vax/credentials/verify";
import { useLocale, useTranslations } from "next-intl";
import { countryName } from "./format";

/** Who issued the certificate, by name and country; an issuer this checker does not know is said to be so. */
export const IssuerSection = ({ issuer }: { issuer: Issuer | null }) => {
  const t = useTranslations("Issuer");
  const country = countryName(issuer?.country, useLocale() as TLocale);
  return (
    <section aria-labelledby="issuer-heading">
      <h3 id="issuer-heading" className="text-sm font-semibold uppercase tracking-wide text-slate-500">
        {t("heading")}
      </h3>
      {issuer?.name ? (
        <p className="mt-1 text-lg font-medium text-slate-900" data-testid="issuer-name">
          {issuer.name}
          {country ? <span className="text-slate-600"> · {country}</span> : null}
        </p>
      ) : (
        <p className="mt-1 text-slate-700">
          {issuer ? t("unknown") : t("unnamed")}
          {country ? ` ${t("country", { country })}` : ""}
        </p>
      )}
    </section>
  );
};
