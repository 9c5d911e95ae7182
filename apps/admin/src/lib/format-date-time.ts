/** A time from the API (an ISO string once it has crossed JSON) as people read it, or the fallback when absent. */
export const formatDateTime = (value: Date | string | null | undefined, fallback = "—") =>
  value ? new Date(value).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : fallback;
