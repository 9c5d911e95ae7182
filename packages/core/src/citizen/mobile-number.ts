import type { TActor } from "../shared/actor";

/** A normalised 10-digit number as people read it: +91 98765 43210. */
export const displayMobile = (mobile: string): string => `+91 ${mobile.slice(0, 5)} ${mobile.slice(5)}`;

/** A number as the audit log shows it, enough to tell numbers apart but not to call one: +91 98xxx xx210. */
export const maskedMobile = (mobile: string): string => `+91 ${mobile.slice(0, 2)}xxx xx${mobile.slice(7)}`;

/** The actor a citizen acts as, known only by their number, which the audit log shows masked. */
export const citizenActor = (mobile: string): TActor => ({
  type: "CITIZEN",
  id: null,
  label: `citizen ${maskedMobile(mobile)}`,
  tenantId: null,
  role: null,
  facilityId: null,
});

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
