import type { Dose, Subject } from "../verify/types.ts";
import { alpha2OfIcao } from "./countries.ts";
import type { VdsNcType } from "./seal.ts";

const record = (value: unknown): Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.length > 0 ? value : undefined;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The holder's name in reading order. Doc 9303-3 writes the primary identifier (surname) first and separates the
 * secondary identifier (given names) by two spaces: "CITIZEN  JANE CATHERINE" is Jane Catherine Citizen.
 */
export const readableIcaoName = (name: string): string => {
  const [primary, ...secondary] = name.split("  ");
  const given = secondary.join(" ").trim();
  return given ? `${given} ${primary?.trim()}` : name.trim();
};

const dose = (event: Record<string, unknown>, given: Record<string, unknown>): Dose => {
  const country = text(given.ctr);
  const fields: Dose = {
    vaccine: text(event.nam),
    date: text(given.dvc),
    dose: typeof given.seq === "number" ? given.seq : text(given.seq),
    batch: text(given.lot),
    country: country ? (alpha2OfIcao(country) ?? country) : undefined,
    facility: text(given.adm),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Dose;
};

/**
 * The holder and doses a seal's message states: `pid` (name, date of birth, document number) and, for a proof of
 * vaccination, every dose of every vaccination event; a proof of testing has no doses.
 */
export const vdsNcSubject = (type: VdsNcType, message: Record<string, unknown>): Subject => {
  const pid = record(message.pid);
  const name = text(pid.n);
  const documentNumber = text(pid.i) ?? text(pid.dn);
  const doses =
    type === "icao.vacc"
      ? list(message.ve).flatMap((event) => list(record(event).vd).map((given) => dose(record(event), record(given))))
      : [];
  return {
    ...(name ? { name: readableIcaoName(name) } : {}),
    ...(text(pid.dob) ? { birthDate: text(pid.dob) } : {}),
    ...(documentNumber ? { documentNumber } : {}),
    doses,
  };
};
