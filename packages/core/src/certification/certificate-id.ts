import { randomInt } from "node:crypto";

// Crockford's base32: no I, L, O or U, so a printed id cannot be misread or spell a word.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BODY_LENGTH = 11;
const MISREAD: Record<string, string> = { O: "0", I: "1", L: "1" };

// Luhn mod 32 over the body: catches every single wrong character and most swaps of neighbours.
const checkCharacter = (body: string): string => {
  let sum = 0;
  for (let position = 0; position < body.length; position++) {
    const value = ALPHABET.indexOf(body[body.length - 1 - position] as string);
    const weighted = position % 2 === 0 ? value * 2 : value;
    sum += Math.floor(weighted / 32) + (weighted % 32);
  }
  return ALPHABET[(32 - (sum % 32)) % 32] as string;
};

const grouped = (compact: string): string => compact.replace(/(.{4})(?=.)/g, "$1-");

/**
 * A new certificate id: eleven random Crockford base32 characters (55 bits) and a check
 * character, printed in groups of four, e.g. `7K3M-9QPA-2XR5`.
 */
export const newCertificateId = (): string => {
  let body = "";
  for (let index = 0; index < BODY_LENGTH; index++) body += ALPHABET[randomInt(32)];
  return grouped(body + checkCharacter(body));
};

/**
 * The stored form of a typed certificate id (any case, spaces or dashes, O for 0, I or L for 1),
 * or null when it is not a well-formed id with a correct check character.
 */
export const normaliseCertificateId = (typed: string): string | null => {
  const compact = typed
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/[OIL]/g, (character) => MISREAD[character] as string);
  if (compact.length !== BODY_LENGTH + 1 || [...compact].some((character) => !ALPHABET.includes(character))) {
    return null;
  }
  const body = compact.slice(0, BODY_LENGTH);
  return compact.endsWith(checkCharacter(body)) ? grouped(compact) : null;
};
