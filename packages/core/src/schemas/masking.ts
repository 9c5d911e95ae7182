// Lists of people show their numbers masked, so a list read over a shoulder, printed or copied does
// not hand out identities; the last digits stay, so two people of one name can be told apart.

const groupsOfFour = (text: string) => text.replace(/(.{4})(?=.)/g, "$1 ");

/**
 * An identity document number masked but for its last four characters (two when it is short),
 * long ones in groups of four: `XXXX XXXX 3412` for an Aadhaar number, `XXXX 4567` for a passport.
 */
export const maskIdentityNumber = (identityNumber: string): string => {
  const compact = identityNumber.replace(/[\s-]/g, "");
  const shown = compact.length >= 8 ? 4 : compact.length >= 5 ? 2 : 0;
  const masked = "X".repeat(compact.length - shown) + compact.slice(compact.length - shown);
  return compact.length >= 8 ? groupsOfFour(masked) : masked;
};

/**
 * A mobile number masked but for its first two and last three digits: `+91 98XXX XX210` for the
 * ten-digit Indian numbers the platform stores, `98XXXXX210`-style for any other length.
 */
export const maskMobile = (mobile: string): string => {
  const digits = mobile.replace(/\D/g, "");
  if (digits.length === 10) return `+91 ${digits.slice(0, 2)}XXX XX${digits.slice(7)}`;
  if (digits.length < 6) return "X".repeat(digits.length);
  return `${digits.slice(0, 2)}${"X".repeat(digits.length - 5)}${digits.slice(-3)}`;
};
