/** Today's date on this device's calendar, as YYYY-MM-DD: the day the vaccinator sees. */
export const localToday = (now = new Date()): string => {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
