import type { Gender } from "@vax/db";

/** A recipient as a caller describes them, matched on their identity within the tenant. */
export type TRecipientDetails = {
  name: string;
  dateOfBirth: Date | null;
  age: number | null;
  gender: Gender;
  nationality: string;
  identityType: string;
  identityNumber: string;
  mobile: string;
  email: string;
  addressLine: string;
  district: string;
  state: string;
  pincode: string;
  country: string;
};

/** One dose to record and certify, with every reference already resolved to an id of the tenant. */
export type TDoseRequest = {
  /** The caller's key: a retry with the same key returns the first answer. */
  idempotencyKey: string;
  recipient: { id: string } | { details: TRecipientDetails };
  programmeId: string;
  vaccineId: string;
  facilityId: string;
  vaccinatorId: string | null;
  /** A vaccinator known only by name (the certify API): found or added at the facility when stored. */
  vaccinatorName: string | null;
  batch: string;
  dose: number;
  vaccinatedAt: Date;
  /** When the certificate stops being valid; default the vaccine's validity after the dose. */
  validUntil: Date | null;
  preEnrolmentCode: string | null;
};

/** Why one request was refused: the field and a message a person can act on. */
export type TDoseProblem = { index: number; field: string; message: string };
