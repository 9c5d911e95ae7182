// The Verhoeff check digit, which UIDAI puts last in every Aadhaar number. It catches every
// single mistyped digit and every swap of two neighbouring digits, the slips people make most.
const MULTIPLY = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const PERMUTE = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const INVERSE = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];

// The checksum of the digits read from the right, the first of them at position `offset`.
const checksum = (digits: string, offset: number): number =>
  [...digits]
    .reverse()
    .reduce((sum, digit, index) => MULTIPLY[sum]?.[PERMUTE[(index + offset) % 8]?.[Number(digit)] ?? 0] ?? 0, 0);

/** Whether a string of digits ends in its correct Verhoeff check digit. */
export const hasVerhoeffCheckDigit = (digits: string): boolean => /^\d+$/.test(digits) && checksum(digits, 0) === 0;

/** The Verhoeff check digit to append to a string of digits. */
export const verhoeffCheckDigit = (digits: string): string => String(INVERSE[checksum(digits, 1)]);
