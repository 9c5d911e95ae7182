import { randomInt } from "node:crypto";

// Crockford-style: no 0/O, 1/I/L or U, which are misread on a slip or over the phone.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

/** How many characters a made code has: 30^8 ≈ 6.6 × 10^11 codes, so a clash is rare and retried. */
export const PRE_ENROLMENT_CODE_LENGTH = 8;

/** A new pre-enrolment code: random, in capitals and digits that cannot be mistaken for each other. */
export const newPreEnrolmentCode = (): string =>
  Array.from({ length: PRE_ENROLMENT_CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
