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

/** Who a certify API row says the recipient is: what must agree with a recipient already stored. */
export type TClaimedIdentity = Pick<
  TRecipientDetails,
  "name" | "dateOfBirth" | "age" | "gender" | "identityType" | "identityNumber"
>;

/** The API client behind a certify API row, which alone may be answered with what the row stored. */
export type TDoseCaller = {
  apiClientId: string;
  /** SHA-256 of the row as sent: a replay under the same key must carry the same row. */
  requestHash: string;
  /** Whether the key came from the caller (Idempotency-Key), so that another body under it is a conflict. */
  keyFromCaller: boolean;
  /** The identity the row gives, checked against the stored recipient it is matched to. */
  claimed: TClaimedIdentity;
};

/** One dose to record and certify, with every reference already resolved to an id of the tenant. */
export type TDoseRequest = {
  /** The caller's key: a retry with the same key returns the first answer. */
  idempotencyKey: string;
  recipient: { id: string } | { details: TRecipientDetails };
  /** Set for the certify API: repeats are answered only to the same client and the same identity. */
  caller?: TDoseCaller;
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
