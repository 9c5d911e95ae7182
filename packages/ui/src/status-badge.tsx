/** Active or inactive, at a glance. */
export const StatusBadge = ({ active }: { active: boolean }) => (
  <span
    className={`rounded-full px-2 py-0.5 text-xs font-medium ${active ? "bg-green-100 text-green-800" : "bg-slate-200 text-slate-700"}`}
  >
    {active ? "Active" : "Inactive"}
  </span>
);
