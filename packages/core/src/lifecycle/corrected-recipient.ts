import type { Gender, Prisma, Recipient } from "@vax/db";
import type { TCertificateCorrection } from "../schemas/lifecycle";

type TRecipientChanges = NonNullable<TCertificateCorrection["recipient"]>;

/** A recipient after a correction: the columns that change, their field paths, and what the credential shows. */
export type TCorrectedRecipient = {
  data: Prisma.RecipientUpdateInput;
  changedFields: string[];
  dateOfBirth: Date | null;
  credential: {
    name: string;
    dateOfBirth: Date | null;
    gender: Gender;
    identityType: string;
    identityNumber: string;
  };
};

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/** Applies a correction's recipient fields to the stored recipient, keeping only those that differ. */
export const correctedRecipient = (recipient: Recipient, changes: TRecipientChanges): TCorrectedRecipient => {
  const data: Prisma.RecipientUpdateInput = {};
  const changedFields: string[] = [];
  const change = <K extends keyof Recipient & keyof Prisma.RecipientUpdateInput>(
    path: string,
    column: K,
    value: Recipient[K] | undefined,
  ) => {
    if (value === undefined || value === recipient[column]) return;
    (data as Record<string, unknown>)[column] = value;
    changedFields.push(path);
  };
  change("recipient.name", "name", changes.name);
  change("recipient.gender", "gender", changes.gender);
  change("recipient.nationality", "nationality", changes.nationality);
  change("recipient.identityType", "identityType", changes.identityType);
  change("recipient.identityNumber", "identityNumber", changes.identityNumber);
  change("recipient.address.addressLine", "addressLine", changes.address?.addressLine);
  change("recipient.address.district", "district", changes.address?.district);
  change("recipient.address.state", "state", changes.address?.state);
  change("recipient.address.pincode", "pincode", changes.address?.pincode);
  let dateOfBirth = recipient.dateOfBirth;
  if (changes.dateOfBirth !== undefined && changes.dateOfBirth !== day(recipient.dateOfBirth)) {
    dateOfBirth = new Date(`${changes.dateOfBirth}T00:00:00Z`);
    // A known date of birth replaces an age given instead of one.
    Object.assign(data, { dateOfBirth, age: null });
    changedFields.push("recipient.dateOfBirth");
  }
  return {
    data,
    changedFields,
    dateOfBirth,
    credential: {
      name: changes.name ?? recipient.name,
      dateOfBirth,
      gender: changes.gender ?? recipient.gender,
      identityType: changes.identityType ?? recipient.identityType,
      identityNumber: changes.identityNumber ?? recipient.identityNumber,
    },
  };
};
