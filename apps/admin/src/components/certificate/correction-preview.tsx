import { ChangeComparison } from "@/components/change-comparison";
import type { TCredentialChange, TCredentialChanges } from "@/lib/credential-changes";
import { Section } from "./section";

/** A field the correction changes in the recipient's record but that the certificate does not print. */
export type TRecordOnlyChange = { label: string; after: string };

// What the new version replaces is struck through: it stops being what the certificate says.
const ChangeTable = ({ caption, rows }: { caption: string; rows: TCredentialChange[] }) => (
  <ChangeComparison
    caption={caption}
    headings={["What", "Now", "In the new version"]}
    rows={rows.map((row) => ({
      key: row.label,
      label: row.label,
      before: <s className="text-slate-500">{row.before ?? "—"}</s>,
      after: row.after ?? "— (left out)",
    }))}
  />
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
