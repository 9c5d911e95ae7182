import type { TCorrectionChangeReview } from "@vax/core";

/** The details a request would change: what the certificate says now beside what the citizen says is right. */
export const RequestedChanges = ({ changes }: { changes: TCorrectionChangeReview[] }) => (
  <table className="min-w-full divide-y divide-slate-200 text-sm">
    <thead>
      <tr>
        {["Detail", "On the certificate", "Requested"].map((label) => (
          <th key={label} scope="col" className="px-3 py-2 text-left font-medium text-slate-700">
            {label}
          </th>
        ))}
      </tr>
    </thead>
    <tbody className="divide-y divide-slate-100">
      {changes.map((change) => (
        <tr key={change.field}>
          <th scope="row" className="px-3 py-2 text-left font-medium text-slate-700">
            {change.label}
          </th>
          <td className="px-3 py-2 text-slate-600">{change.current || "—"}</td>
          <td className="px-3 py-2 font-medium text-slate-900">{change.value}</td>
        </tr>
      ))}
    </tbody>
  </table>
);
