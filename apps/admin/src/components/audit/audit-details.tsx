const json = (value: unknown) => (value == null ? "—" : JSON.stringify(value, null, 2));

/** An audit event's before and after, folded away until asked for. */
export const AuditDetails = ({ before, after }: { before: unknown; after: unknown }) => (
  <details className="text-xs">
    <summary className="cursor-pointer text-teal-800">Details</summary>
    <div className="mt-2 grid w-96 gap-2">
      {[
        { label: "Before", value: before },
        { label: "After", value: after },
      ].map(({ label, value }) => (
        <div key={label} className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">{label}</span>
          <pre className="max-h-80 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 font-mono">
            {json(value)}
          </pre>
        </div>
      ))}
    </div>
  </details>
);
