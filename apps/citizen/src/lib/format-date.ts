const calendarDate = new Intl.DateTimeFormat("en-IN", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** A calendar date (YYYY-MM-DD or ISO time) as people read it: 12 Apr 1978. */
export const formatDate = (value: string): string => {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : calendarDate.format(date);
};
