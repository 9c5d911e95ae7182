import type { TTemplateView } from "@vax/core";
import { getTranslations } from "next-intl/server";
import { getDateFormatters } from "@/lib/format-date-time-server";

/** Every saved version of a template, newest first, with when, by whom, and which programmes print with it. */
export const TemplateVersions = async ({ template }: { template: TTemplateView }) => {
  const t = await getTranslations("TemplateVersions");
  const { dateTime } = await getDateFormatters();
  return (
    <section aria-labelledby="template-versions-heading" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="template-versions-heading" className="mb-3 text-base font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <table className="w-full text-left text-sm">
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            <th className="py-1 pr-3 font-medium">{t("version")}</th>
            <th className="py-1 pr-3 font-medium">{t("saved")}</th>
            <th className="py-1 pr-3 font-medium">{t("by")}</th>
            <th className="py-1 font-medium">{t("usedBy")}</th>
          </tr>
        </thead>
        <tbody>
          {template.versions.map((version) => {
            const users = template.programmes.filter((programme) => programme.version === version.version);
            return (
              <tr key={version.id} className="border-b border-slate-100">
                <td className="py-1 pr-3">{version.version}</td>
                <td className="py-1 pr-3">{dateTime(version.createdAt)}</td>
                <td className="py-1 pr-3">{version.createdBy.replace(/ <.*>$/, "")}</td>
                <td className="py-1">{users.length ? users.map((programme) => programme.name).join(", ") : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
};
