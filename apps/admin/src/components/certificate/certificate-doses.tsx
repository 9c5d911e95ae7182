import type { TCertificateDose } from "@vax/core";
import { TableScroll } from "@vax/ui";
import { getTranslations } from "next-intl/server";
import { ColumnHeadings } from "@/components/column-headings";
import { getDateFormatters } from "@/lib/format-date-time-server";
import { certificateLabels } from "./certificate-labels";
import { Section } from "./section";

/** The doses behind the certificate, oldest first, the one it was issued for marked. */
export const CertificateDoses = async ({ doses }: { doses: TCertificateDose[] }) => {
  const t = await getTranslations("CertificateDoses");
  const { day } = await getDateFormatters();
  const labels = await certificateLabels();
  const columns = [
    t("dose"),
    t("vaccine"),
    t("batch"),
    t("date"),
    t("facility"),
    t("vaccinator"),
    t("recordedThrough"),
  ];
  return (
    <Section id="certificate-doses" title={t("title")}>
      <TableScroll label={t("title")} className="">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <ColumnHeadings labels={columns} compact />
          <tbody className="divide-y divide-slate-100">
            {doses.map((dose) => (
              <tr key={`${dose.dose}-${dose.vaccinationEventId ?? dose.batch}`}>
                <td className="whitespace-nowrap px-3 py-2">
                  {t("doseOf", { dose: dose.dose, total: dose.totalDoses })}
                  {dose.issuedFor ? <span className="ml-2 text-xs text-teal-800">{t("thisCertificate")}</span> : null}
                </td>
                <td className="px-3 py-2">
                  <div>{dose.vaccineName}</div>
                  <div className="text-xs text-slate-500">{dose.manufacturer}</div>
                </td>
                <td className="px-3 py-2 font-mono">{dose.batch}</td>
                <td className="whitespace-nowrap px-3 py-2">{day(dose.date)}</td>
                <td className="px-3 py-2">{dose.facilityName}</td>
                <td className="px-3 py-2">{dose.vaccinatorName ?? "—"}</td>
                <td className="px-3 py-2">{dose.source ? labels.source[dose.source] : t("noRecordedEvent")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Section>
  );
};
