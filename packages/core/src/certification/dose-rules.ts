const DAY_MS = 86_400_000;

/** A calendar day (UTC) as YYYY-MM-DD. */
const day = (date: Date) => date.toISOString().slice(0, 10);

const startOfDay = (date: Date) => new Date(`${day(date)}T00:00:00Z`);

/** The programme dates a dose must fall between (either may be open). */
export type TProgrammePeriod = { name: string; startDate: Date | null; endDate: Date | null };

/**
 * Why a dose given on `vaccinatedAt` falls outside the programme's dates, or undefined when it is
 * inside them. Dates are compared as calendar days, so a dose on the last day is inside.
 */
export const programmePeriodProblem = (programme: TProgrammePeriod, vaccinatedAt: Date): string | undefined => {
  const given = day(vaccinatedAt);
  const start = programme.startDate ? day(programme.startDate) : null;
  const end = programme.endDate ? day(programme.endDate) : null;
  if (start && given < start) return `${programme.name} starts on ${start}; a dose on ${given} is before it`;
  if (end && given > end) return `${programme.name} ended on ${end}; a dose on ${given} is after it`;
  return undefined;
};

/** The dose before the one being given: its number and when it was given. */
export type TPreviousDose = { dose: number; vaccinatedAt: Date };

/** Options for {@link doseIntervalProblem}. */
export type DoseIntervalOptions = {
  vaccine: { name: string; minIntervalDays: number };
  dose: number;
  vaccinatedAt: Date;
  previous: TPreviousDose;
  /** Whether the message may give the previous dose's date (not to a caller who did not record it). */
  discloseDate: boolean;
};

/** The first calendar day a dose may be given, `minIntervalDays` after the previous one. */
export const earliestNextDose = (previous: Date, minIntervalDays: number): Date =>
  new Date(startOfDay(previous).getTime() + minIntervalDays * DAY_MS);

/**
 * Why a dose comes too soon after the previous one, or undefined when it keeps the vaccine's
 * minimum interval. Calendar days are compared: dose 2 of an 84-day vaccine given on day 84 after
 * dose 1 is on time whatever the hour of either.
 */
export const doseIntervalProblem = ({
  vaccine,
  dose,
  vaccinatedAt,
  previous,
  discloseDate,
}: DoseIntervalOptions): string | undefined => {
  const earliest = earliestNextDose(previous.vaccinatedAt, vaccine.minIntervalDays);
  if (startOfDay(vaccinatedAt) >= earliest) return undefined;
  const days = vaccine.minIntervalDays;
  if (!discloseDate) {
    return days > 0
      ? `Dose ${dose} of ${vaccine.name} may be given at the earliest ${days} days after dose ${previous.dose}`
      : `Dose ${dose} of ${vaccine.name} cannot be given before dose ${previous.dose}`;
  }
  const after = days > 0 ? `${days} days after` : "the day of";
  return `Dose ${dose} of ${vaccine.name} may be given from ${day(earliest)}, ${after} dose ${previous.dose} on ${day(previous.vaccinatedAt)}`;
};
