import type { Gender, Prisma } from "@vax/db";
import { identifierOf } from "../certification/certificate-credential";

/** What a certificate query selects to read the details a correction may change: the holder's record and the dose. */
export const correctableRecordSelect = {
  recipient: {
    select: {
      name: true,
      dateOfBirth: true,
      gender: true,
      nationality: true,
      identityType: true,
      identityNumber: true,
      addressLine: true,
      district: true,
      state: true,
      pincode: true,
    },
  },
  vaccinationEvent: {
    select: {
      batch: true,
      vaccinatedAt: true,
      vaccine: { select: { id: true, name: true } },
      facility: { select: { id: true, name: true } },
    },
  },
} satisfies Prisma.CertificateSelect;

type TCorrectableRow = Prisma.CertificateGetPayload<{ select: typeof correctableRecordSelect }>;

/** The holder as a correction reads them: the identity only as the certificate prints it, never a full Aadhaar number. */
export type TCorrectableRecipient = {
  name: string;
  /** YYYY-MM-DD, or null when only the age is known. */
  dateOfBirth: string | null;
  gender: Gender;
  nationality: string;
  identityType: string;
  identity: string;
  address: { addressLine: string; district: string; state: string; pincode: string };
};

/** What a certificate's records say today about what a correction may change. */
export type TCorrectableRecord = {
  recipient: TCorrectableRecipient;
  dose: {
    vaccine: { id: string; name: string };
    batch: string;
    /** The day of vaccination, YYYY-MM-DD. */
    vaccinatedOn: string;
    facility: { id: string; name: string };
  };
};

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/** Reads the details a correction may change from a certificate selected with {@link correctableRecordSelect}. */
export const correctableRecord = ({ recipient, vaccinationEvent: event }: TCorrectableRow): TCorrectableRecord => ({
  recipient: {
    name: recipient.name,
    dateOfBirth: recipient.dateOfBirth ? dayOf(recipient.dateOfBirth) : null,
    gender: recipient.gender,
    nationality: recipient.nationality,
    identityType: recipient.identityType,
    identity: identifierOf(recipient.identityType, recipient.identityNumber),
    address: {
      addressLine: recipient.addressLine,
      district: recipient.district,
      state: recipient.state,
      pincode: recipient.pincode,
    },
  },
  dose: {
    vaccine: event.vaccine,
    batch: event.batch,
    vaccinatedOn: dayOf(event.vaccinatedAt),
    facility: event.facility,
  },
});
