import type { TCredentialChange, TCredentialChanges } from "@/lib/credential-changes";
import { Section } from "./section";

/** A field the correction changes in the recipient's record but that the certificate does not print. */
export type TRecordOnlyChange = { label: string; after: string };

const ChangeTable = ({ caption, rows }: { caption: string; rows: TCredentialChange[] }) => (
  <table className="min-w-full divide-y divide-slate-200 text-sm">
    <caption className="py-2 text-left font-semibold text-slate-700">{caption}</caption>
    <thead>
      <tr>
        {["What", "Now", "In the new version"].map((label) => (
          <th key={label} scope="col" className="px-3 py-2 text-left font-medium text-slate-700">
            {label}
          </th>
        ))}
      </tr>
    </thead>
    <tbody className="divide-y divide-slate-100">
      {rows.map((row) => (
        <tr key={row.label}>
          <td className="px-3 py-2 text-slate-700">{row.label}</td>
          <td className="break-all px-3 py-2 text-slate-500 line-through">{row.before ?? "—"}</td>
          <td className="break-all px-3 py-2 font-medium text-slate-900">{row.after ?? "— (left out)"}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

/**
 * What the new version of a certificate will say, against what it says now: the corrected facts,
 * what every new version gets anew, and the record's fields that change without being printed.
 */
export const CorrectionPreview = ({
  changes,
  recordOnly,
}: {
  changes: TCredentialChanges;
  recordOnly: TRecordOnlyChange[];
}) => (
  <Section id="correction-preview" title="Preview of the new version">
    <div className="flex flex-col gap-4">
      {changes.corrected.length > 0 ? (
        <ChangeTable caption="Corrected on the certificate" rows={changes.corrected} />
      ) : (
        <p className="text-sm text-slate-600">Nothing the certificate prints changes.</p>
      )}
      {recordOnly.length > 0 ? (
        <div className="text-sm">
          <p className="font-semibold text-slate-700">Changed in the recipient's record only (not printed)</p>
          <ul className="mt-1 list-inside list-disc text-slate-700">
            {recordOnly.map((change) => (
              <li key={change.label}>
                {change.label}: {change.after || "— (emptied)"}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <ChangeTable caption="Given to every new version" rows={changes.reissued} />
    </div>
  </Section>
);
