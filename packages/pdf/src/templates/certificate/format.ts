const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A calendar date (YYYY-MM-DD) or ISO date-time as "14 March 2021"; any other text (a partial date) as given. */
export const formatDate = (value: string): string => {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  if (!day) return value;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? value : DAY.format(date);
};
