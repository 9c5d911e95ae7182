import type { TCertificateDose } from "@vax/core";
import { TableScroll } from "@vax/ui";
import { ColumnHeadings } from "@/components/column-headings";
import { formatDay, sourceLabels } from "./certificate-labels";
import { Section } from "./section";

const columns = ["Dose", "Vaccine", "Batch", "Date", "Facility", "Vaccinator", "Recorded through"];

/** The doses behind the certificate, oldest first, the one it was issued for marked. */
export const CertificateDoses = ({ doses }: { doses: TCertificateDose[] }) => (
  <Section id="certificate-doses" title="Doses">
    <TableScroll label="Doses" className="">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <ColumnHeadings labels={columns} compact />
        <tbody className="divide-y divide-slate-100">
          {doses.map((dose) => (
            <tr key={`${dose.dose}-${dose.vaccinationEventId ?? dose.batch}`}>
              <td className="whitespace-nowrap px-3 py-2">
                {dose.dose} of {dose.totalDoses}
                {dose.issuedFor ? <span className="ml-2 text-xs text-teal-800">(this certificate)</span> : null}
              </td>
              <td className="px-3 py-2">
                <div>{dose.vaccineName}</div>
                <div className="text-xs text-slate-500">{dose.manufacturer}</div>
              </td>
              <td className="px-3 py-2 font-mono">{dose.batch}</td>
              <td className="whitespace-nowrap px-3 py-2">{formatDay(dose.date)}</td>
              <td className="px-3 py-2">{dose.facilityName}</td>
              <td className="px-3 py-2">{dose.vaccinatorName ?? "—"}</td>
              <td className="px-3 py-2">
                {dose.source ? sourceLabels[dose.source] : "Listed in the credential; no recorded event found"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  </Section>
);
