/** A normalised 10-digit number as people read it: +91 98765 43210. */
export const displayMobile = (mobile: string): string => `+91 ${mobile.slice(0, 5)} ${mobile.slice(5)}`;

/**
 * The forms a recipient's number may have been stored in by the facility app, the certify API or a
 * bulk upload, so a citizen sees every person on their number whichever way it was typed.
 */
export const storedMobileForms = (mobile: string): string[] => [
  mobile,
  `+91${mobile}`,
  `91${mobile}`,
  `0${mobile}`,
  `+91 ${mobile}`,
  `+91-${mobile}`,
];
