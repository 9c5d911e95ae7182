import { randomBytes } from "node:crypto";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";

// Each run numbers its recipients from a random start, so a reused database never sees a known identity.
let next = randomBytes(4).readUInt32BE() * 1_000;

/** One DIVOC certification request for the demo tenant, for a recipient no earlier row named, so it issues a new certificate. */
export const certificationRequest = () => {
  const identity = String(100_000_000_000 + (next++ % 900_000_000_000));
  return divocCertificationRequest({
    identity,
    preEnrollmentCode: `BENCH-${identity}`,
    recipient: { contact: [`tel:98${identity.slice(-8)}`] },
  });
};

/** A certify body of `size` requests, each for a new recipient. */
export const certifyBody = (size: number): string =>
  JSON.stringify(Array.from({ length: size }, () => certificationRequest()));
