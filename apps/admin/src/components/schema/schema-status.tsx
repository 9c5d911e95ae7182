import { getTranslations } from "next-intl/server";

/** Whether a schema is built in, retired, or in use, as a small badge. */
export const SchemaStatus = async ({ builtIn, retiredAt }: { builtIn: boolean; retiredAt: string | null }) => {
  const t = await getTranslations("SchemaStatus");
  const [label, tone] = retiredAt
    ? [t("retired"), "bg-slate-100 text-slate-700"]
    : builtIn
      ? [t("builtIn"), "bg-sky-50 text-sky-800"]
      : [t("inUse"), "bg-teal-50 text-teal-800"];
  return <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${tone}`}>{label}</span>;
};
