import type { Programme } from "@vax/db";

/** A programme as the API returns it: dates as YYYY-MM-DD. */
export type TProgrammeView = Omit<Programme, "startDate" | "endDate"> & {
  startDate: string | null;
  endDate: string | null;
  vaccineCount?: number;
};

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** Shapes a stored programme for the API. */
export const programmeView = (programme: Programme & { _count?: { vaccines: number } }): TProgrammeView => {
  const { _count, ...rest } = programme;
  return {
    ...rest,
    startDate: day(programme.startDate),
    endDate: day(programme.endDate),
    ...(_count ? { vaccineCount: _count.vaccines } : {}),
  };
};

/** A YYYY-MM-DD from a form, as the date column stores it. */
export const toDate = (value: string | null | undefined) => (value ? new Date(`${value}T00:00:00Z`) : null);
