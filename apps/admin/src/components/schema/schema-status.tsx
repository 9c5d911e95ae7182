/** Whether a schema is built in, retired, or in use, as a small badge. */
export const SchemaStatus = ({ builtIn, retiredAt }: { builtIn: boolean; retiredAt: string | null }) => {
  const [label, tone] = retiredAt
    ? ["Retired", "bg-slate-100 text-slate-700"]
    : builtIn
      ? ["Built in", "bg-sky-50 text-sky-800"]
      : ["In use", "bg-teal-50 text-teal-800"];
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tone}`}>{label}</span>;
};
