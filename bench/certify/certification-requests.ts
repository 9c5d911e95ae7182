import { randomBytes } from "node:crypto";

// Each run numbers its recipients from a random start, so a reused database never sees a known identity.
let next = randomBytes(4).readUInt32BE() * 1_000;

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

/** One DIVOC certification request for the demo tenant, for a recipient no earlier row named, so it issues a new certificate. */
export const certificationRequest = () => {
  const identity = String(100_000_000_000 + (next++ % 900_000_000_000));
  return {
    preEnrollmentCode: `BENCH-${identity}`,
    recipient: {
      name: "Bhaya Mitra",
      dob: "1994-11-30",
      gender: "Male",
      nationality: "Indian",
      identity: `did:in.gov.uidai.aadhaar:${identity}`,
      contact: [`tel:98${identity.slice(-8)}`],
      address: { addressLine1: "444, 2nd Street", district: "Bengaluru", state: "Karnataka", pincode: "560034" },
    },
    vaccination: {
      name: "COVISHIELD",
      manufacturer: "Serum Institute of India",
      batch: "4121Z005",
      date: yesterday(),
      dose: 1,
      totalDoses: 2,
    },
    vaccinator: { name: "Sooraj Singh" },
    facility: { name: "Primary Health Centre Jayanagar", address: { district: "Bengaluru Urban", state: "Karnataka" } },
  };
};

/** A certify body of `size` requests, each for a new recipient. */
export const certifyBody = (size: number): string =>
  JSON.stringify(Array.from({ length: size }, () => certificationRequest()));
