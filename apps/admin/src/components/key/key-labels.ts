import { signingKeyKinds } from "@vax/core/schemas";

/** The words for what a key signs. */
export const kindLabel = (kind: string): string =>
  signingKeyKinds.find((option) => option.value === kind)?.label ?? kind;

/** The words and colours for a key's status. */
export const keyStatusStyle: Record<string, { label: string; className: string }> = {
  PENDING: { label: "Pending", className: "bg-amber-100 text-amber-900" },
  ACTIVE: { label: "Active: signs", className: "bg-green-100 text-green-800" },
  RETIRED: { label: "Retired: verifies only", className: "bg-slate-200 text-slate-700" },
  REVOKED: { label: "Revoked", className: "bg-red-100 text-red-800" },
};
