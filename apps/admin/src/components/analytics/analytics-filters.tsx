import type { TAnalyticsRange } from "@vax/core";
import { Button, SelectField, TextField } from "@vax/ui";
import { getTranslations } from "next-intl/server";

/** Props of {@link AnalyticsFilters}. */
export type AnalyticsFiltersProps = { range: TAnalyticsRange; programmes: Array<{ id: string; name: string }> };

/** The dashboard's filters: a plain GET form, so a filtered dashboard is a link that can be shared or bookmarked. */
export const AnalyticsFilters = async ({ range, programmes }: AnalyticsFiltersProps) => {
  const t = await getTranslations("AnalyticsFilters");
  return (
    <form method="get" action="/analytics" className="flex flex-wrap items-end gap-4" aria-label={t("label")}>
      <SelectField
        label={t("programme")}
        name="programmeId"
        defaultValue={range.programmeId ?? ""}
        options={[
          { value: "", label: t("allProgrammes") },
          ...programmes.map(({ id, name }) => ({ value: id, label: name })),
        ]}
      />
      <TextField label={t("from")} name="from" type="date" defaultValue={range.from} required />
      <TextField label={t("to")} name="to" type="date" defaultValue={range.to} required />
      <Button type="submit">{t("apply")}</Button>
    </form>
  );
};
