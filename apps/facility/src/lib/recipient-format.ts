import type { TRecipientView } from "@vax/core";
import { identityTypeLabels, maskIdentityNumber, type TIdentityType } from "@vax/core/schemas";

const genderLabels: Record<TRecipientView["gender"], string> = { MALE: "Male", FEMALE: "Female", OTHER: "Other" };

/** How old someone born on a date (YYYY-MM-DD) is today, in whole years. */
const ageOn = (dateOfBirth: string, today = new Date()): number => {
  const [year, month, day] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const birthdayPassed = today.getMonth() + 1 > month || (today.getMonth() + 1 === month && today.getDate() >= day);
  return today.getFullYear() - year - (birthdayPassed ? 0 : 1);
};

/** "Female, 41 years (born 1984-03-09)" or "Male, about 67 years" when only the age is known. */
export const describePerson = (
  recipient: Pick<TRecipientView, "gender" | "dateOfBirth" | "age">,
  today = new Date(),
): string => {
  const gender = genderLabels[recipient.gender];
  if (recipient.dateOfBirth) {
    return `${gender}, ${ageOn(recipient.dateOfBirth, today)} years (born ${recipient.dateOfBirth})`;
  }
  return recipient.age === null ? gender : `${gender}, about ${recipient.age} years`;
};

/**
 * The identity document as the app shows it. Aadhaar numbers are shown masked but for the last
 * four digits, as UIDAI asks of everyone who displays them; other documents in full on the opened
 * recipient, so the vaccinator can compare them with the card in front of them, and masked in a
 * list of search results (`masked`), which may hold a whole family.
 */
export const describeIdentity = (
  recipient: Pick<TRecipientView, "identityType" | "identityNumber">,
  { masked = false }: { masked?: boolean } = {},
): string => {
  const label = identityTypeLabels[recipient.identityType as TIdentityType] ?? recipient.identityType;
  const number =
    masked || recipient.identityType === "AADHAAR"
      ? maskIdentityNumber(recipient.identityNumber)
      : recipient.identityNumber;
  return `${label} ${number}`;
};
