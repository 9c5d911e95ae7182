import { randomInt } from "node:crypto";
import type { TCertificationRequest } from "../schemas/certify";

/** What a test changes in {@link divocCertificationRequest}; each part is merged over the defaults. */
export type TDivocRequestChanges = {
  /** The Aadhaar number in the recipient's identity DID; a fresh random one when not given. */
  identity?: string;
  preEnrollmentCode?: string;
  recipient?: Partial<TCertificationRequest["recipient"]>;
  vaccination?: Partial<TCertificationRequest["vaccination"]>;
  facility?: TCertificationRequest["facility"];
};

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

/**
 * A DIVOC certification request as a hospital system sends it: dose 1 of COVISHIELD given yesterday
 * to a person with a fresh identity, so it issues a new certificate. Shared by the core tests, the
 * e2e tests and the certify bench.
 */
export const divocCertificationRequest = (changes: TDivocRequestChanges = {}) => {
  const identity = changes.identity ?? `${randomInt(2, 10)}${String(randomInt(0, 10 ** 11)).padStart(11, "0")}`;
  return {
    // The whole identity: a code names one person once certified, so two people must never share one.
    preEnrollmentCode: changes.preEnrollmentCode ?? `PE-${identity}`,
    recipient: {
      name: "Bhaya Mitra",
      dob: "1994-11-30",
      gender: "Male",
      nationality: "Indian",
      identity: `did:in.gov.uidai.aadhaar:${identity}`,
      contact: ["tel:9880414889"],
      address: { addressLine1: "444, 2nd Street", district: "Bengaluru", state: "Karnataka", pincode: "560034" },
      ...changes.recipient,
    },
    vaccination: {
      name: "COVISHIELD",
      manufacturer: "Serum Institute of India",
      batch: "4121Z005",
      date: yesterday(),
      dose: 1,
      totalDoses: 2,
      ...changes.vaccination,
    },
    vaccinator: { name: "Sooraj Singh" },
    facility: changes.facility ?? {
      name: "Primary Health Centre Jayanagar",
      address: { district: "Bengaluru Urban", state: "Karnataka" },
    },
  } satisfies TCertificationRequest;
};
