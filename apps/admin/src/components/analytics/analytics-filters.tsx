import type { TAnalyticsRange } from "@vax/core";
import { Button, SelectField, TextField } from "@vax/ui";

/** Props of {@link AnalyticsFilters}. */
export type AnalyticsFiltersProps = { range: TAnalyticsRange; programmes: Array<{ id: string; name: string }> };

/** The dashboard's filters: a plain GET form, so a filtered dashboard is a link that can be shared or bookmarked. */
export const AnalyticsFilters = ({ range, programmes }: AnalyticsFiltersProps) => (
  <form method="get" action="/analytics" className="flex flex-wrap items-end gap-4" aria-label="Filters">
    <SelectField
      label="Programme"
      name="programmeId"
      defaultValue={range.programmeId ?? ""}
      options={[
        { value: "", label: "All programmes" },
        ...programmes.map(({ id, name }) => ({ value: id, label: name })),
      ]}
    />
    <TextField label="From" name="from" type="date" defaultValue={range.from} required />
    <TextField label="To" name="to" type="date" defaultValue={range.to} required />
    <Button type="submit">Apply</Button>
  </form>
);
