import { randomInt } from "node:crypto";

// No 0/O, 1/l/I: the password is read off a screen or a terminal and typed once.
const LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz";
const DIGITS = "23456789";

/**
 * A password to be used once and changed at the first sign-in: four groups of four from an
 * unambiguous alphabet (about 98 bits), always holding a letter and a digit as passwords must.
 */
export const newOneTimePassword = (): string => {
  const alphabet = LETTERS + DIGITS;
  const characters = Array.from({ length: 16 }, () => alphabet[randomInt(alphabet.length)] as string);
  characters[randomInt(8)] = DIGITS[randomInt(DIGITS.length)] as string;
  characters[8 + randomInt(8)] = LETTERS[randomInt(LETTERS.length)] as string;
  return [0, 4, 8, 12].map((start) => characters.slice(start, start + 4).join("")).join("-");
};
