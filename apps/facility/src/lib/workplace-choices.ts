import type { TVaccineView, TWorkplace } from "@vax/core";

/** A vaccine the dose form offers. */
export type TVaccineChoice = { id: string; name: string; manufacturer: string; dosesInSchedule: number };

/** A programme the dose form offers, with the vaccines it gives. */
export type TProgrammeChoice = { id: string; name: string; vaccines: TVaccineChoice[] };

/** The facility's active programmes, each with its active vaccines, as the dose form chooses from them. */
export const programmeChoices = (workplace: TWorkplace, vaccines: TVaccineView[]): TProgrammeChoice[] =>
  workplace.programmes.map((programme) => ({
    ...programme,
    vaccines: vaccines
      .filter((vaccine) => vaccine.active && vaccine.programmes.some(({ id }) => id === programme.id))
      .map(({ id, name, manufacturer, dosesInSchedule }) => ({ id, name, manufacturer, dosesInSchedule })),
  }));
