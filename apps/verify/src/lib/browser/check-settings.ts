/** The localStorage key of the checker's choices. */
export const CHECK_SETTINGS_KEY = "vax-verify:check-settings";

/**
 * What the checker chose: the destination whose entry rules apply (none: only issuers' own rules) and the day to
 * judge at (none: today, whatever day the page is used).
 */
export type CheckSettings = { destination?: string; date?: string };

const COUNTRY = /^[A-Z]{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The kept choices; anything unreadable or malformed counts as not chosen. */
export const loadCheckSettings = (storage: Pick<Storage, "getItem"> | undefined): CheckSettings => {
  try {
    const kept = JSON.parse(storage?.getItem(CHECK_SETTINGS_KEY) ?? "{}") as Record<string, unknown>;
    return {
      ...(typeof kept.destination === "string" && COUNTRY.test(kept.destination)
        ? { destination: kept.destination }
        : {}),
      ...(typeof kept.date === "string" && DAY.test(kept.date) ? { date: kept.date } : {}),
    };
  } catch {
    return {};
  }
};

/** Keeps the choices for the next visit; a browser that refuses storage (private mode, full) keeps them for this one. */
export const saveCheckSettings = (storage: Pick<Storage, "setItem"> | undefined, settings: CheckSettings): void => {
  try {
    storage?.setItem(CHECK_SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Nothing to do: the choice still holds until the page closes.
  }
};

/** Today's date in the checker's own time zone, as `YYYY-MM-DD`. */
export const localDay = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;

/**
 * The moment a check judges validity and rules at: now for today (or no day chosen), else noon of the chosen day in
 * the checker's time zone, so that a travel date is judged in the middle of that day wherever the border is.
 */
export const judgingMoment = (settings: CheckSettings, now: Date): Date => {
  if (!settings.date || settings.date === localDay(now)) return now;
  const [year, month, day] = settings.date.split("-").map(Number) as [number, number, number];
  return new Date(year, month - 1, day, 12, 0, 0);
};
