import type { TClaimedIdentity } from "./dose-request";

const YEAR_MS = 365.25 * 86_400_000;

// Names are compared as people write them: case, spacing and Unicode composition aside.
const sameName = (a: string, b: string) =>
  a.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase() ===
  b.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();

const day = (date: Date) => date.toISOString().slice(0, 10);
const yearsOn = (born: Date, on: Date) => Math.floor((on.getTime() - born.getTime()) / YEAR_MS);

// An age is a year out either side around a birthday, or when it was recorded a while ago.
const sameAge = (a: number, b: number) => Math.abs(a - b) <= 1;

const birthAgrees = (claimed: TClaimedIdentity, stored: TClaimedIdentity, on: Date): boolean => {
  if (claimed.dateOfBirth) {
    if (stored.dateOfBirth) return day(claimed.dateOfBirth) === day(stored.dateOfBirth);
    return stored.age === null || sameAge(yearsOn(claimed.dateOfBirth, on), stored.age);
  }
  if (claimed.age === null) return true;
  if (stored.dateOfBirth) return sameAge(claimed.age, yearsOn(stored.dateOfBirth, on));
  return stored.age === null || sameAge(claimed.age, stored.age);
};

/**
 * The fields of a certify API row (`recipient.name`, `recipient.dob` or `recipient.age`,
 * `recipient.gender`, `recipient.identity`) that contradict the recipient it was matched to, as of
 * the vaccination date; empty when they agree. Only the names of the fields, never stored values.
 */
export const contradictedFields = (claimed: TClaimedIdentity, stored: TClaimedIdentity, on: Date): string[] => [
  ...(sameName(claimed.name, stored.name) ? [] : ["recipient.name"]),
  ...(birthAgrees(claimed, stored, on) ? [] : [claimed.dateOfBirth ? "recipient.dob" : "recipient.age"]),
  ...(claimed.gender === stored.gender ? [] : ["recipient.gender"]),
  ...(claimed.identityType === stored.identityType &&
  claimed.identityNumber.toUpperCase() === stored.identityNumber.toUpperCase()
    ? []
    : ["recipient.identity"]),
];

/** The row error for a contradicting identity: which fields, and nothing of what is stored. */
export const contradictionMessage = (fields: string[]): string =>
  `${fields.join(", ")} ${fields.length === 1 ? "does" : "do"} not match the recipient already registered with this identity or pre-enrolment code; nothing was issued`;
