import type { ReactNode } from "react";

const tones = {
  error: "border-red-300 bg-red-50 text-red-800",
  success: "border-green-300 bg-green-50 text-green-800",
  info: "border-sky-300 bg-sky-50 text-sky-900",
} as const;

/** A message box: errors are announced to screen readers as alerts. */
export const Alert = ({ tone = "info", children }: { tone?: keyof typeof tones; children: ReactNode }) => (
  <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-4 py-3 text-sm ${tones[tone]}`}>
    {children}
  </div>
);
