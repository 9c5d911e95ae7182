/** Active or inactive, at a glance; `label` says which in the page's language. */
export const StatusBadge = ({ active, label }: { active: boolean; label: string }) => (
  <span
    className={`rounded-full px-2 py-0.5 text-xs font-medium ${active ? "bg-green-100 text-green-800" : "bg-slate-200 text-slate-700"}`}
  >
    {label}
  </span>
);
