import { z } from "zod";
import { countryCode, requiredText } from "./fields";
import { hasVerhoeffCheckDigit } from "./verhoeff";

/** The identity documents a recipient can be registered with. */
export const identityTypes = ["AADHAAR", "PASSPORT", "DRIVING_LICENCE", "VOTER_ID", "OTHER"] as const;

/** One of {@link identityTypes}. */
export type TIdentityType = (typeof identityTypes)[number];

/** How each identity type reads in a form. */
export const identityTypeLabels: Record<TIdentityType, string> = {
  AADHAAR: "Aadhaar",
  PASSPORT: "Passport",
  DRIVING_LICENCE: "Driving licence",
  VOTER_ID: "Voter ID (EPIC)",
  OTHER: "Other",
};

/** The genders a recipient can be registered with, as the database stores them. */
export const genders = ["MALE", "FEMALE", "OTHER"] as const;

// What each document's number looks like once spaces and hyphens are gone. Aadhaar numbers never
// start with 0 or 1 (UIDAI); EPIC numbers are three letters and seven digits; Indian driving
// licences start with the state code.
const identityPatterns: Record<TIdentityType, { pattern: RegExp; hint: string }> = {
  AADHAAR: { pattern: /^[2-9]\d{11}$/, hint: "An Aadhaar number is 12 digits and does not start with 0 or 1" },
  PASSPORT: { pattern: /^[A-Z0-9]{6,9}$/, hint: "A passport number is 6 to 9 letters or digits, such as K1234567" },
  DRIVING_LICENCE: {
    pattern: /^[A-Z]{2}[A-Z0-9]{6,18}$/,
    hint: "A driving licence number starts with the two-letter state code, such as KA0120150001234",
  },
  VOTER_ID: {
    pattern: /^[A-Z]{3}\d{7}$/,
    hint: "A voter ID (EPIC) is three letters and seven digits, such as ABC1234567",
  },
  OTHER: { pattern: /^[A-Z0-9/]{4,30}$/, hint: "An identity number is 4 to 30 letters, digits or slashes" },
};

const AADHAAR_CHECK_DIGIT =
  "This is not a valid Aadhaar number: its last digit does not match the others. Check each digit against the card";

/** An identity number as stored and searched: capitals, without the spaces and hyphens people type. */
export const normaliseIdentityNumber = (value: string): string => value.replace(/[\s-]/g, "").toUpperCase();

/** A mobile number as stored and searched: its ten digits, without spaces, hyphens or a leading +91 or 0. */
export const normaliseMobile = (value: string): string =>
  value.replace(/[\s-]/g, "").replace(/^(\+91|0)(?=\d{10}$)/, "");

const OLDEST_AGE = 120;

// A date of birth is refused only when it is in the future in every time zone, so that a baby born
// this morning in India (UTC+05:30) is not refused before UTC's midnight.
const latestBirthDate = () => new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
const earliestBirthDate = () => `${new Date().getUTCFullYear() - OLDEST_AGE}-01-01`;

// Date.parse rolls 2023-02-30 over to March; a real calendar date reads back unchanged.
const isCalendarDate = (value: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
};

const dateOfBirth = z
  .string({ error: "Date of birth must be a date (YYYY-MM-DD)" })
  .trim()
  .transform((value) => (value === "" ? null : value))
  .nullable()
  .optional()
  .transform((value) => value ?? null)
  .refine((value) => value === null || isCalendarDate(value), "Date of birth must be a date (YYYY-MM-DD)")
  .refine((value) => value === null || value <= latestBirthDate(), "Date of birth cannot be in the future")
  .refine(
    (value) => value === null || value >= earliestBirthDate(),
    `Date of birth must be within the last ${OLDEST_AGE} years`,
  );

// A number input sends a string, the API a number; an empty input is no age.
const age = z
  .union([z.number(), z.string()], { error: "Age must be a number of years" })
  .nullable()
  .optional()
  .transform((value) => {
    if (value == null) return null;
    if (typeof value === "number") return value;
    return value.trim() === "" ? null : Number(value);
  })
  .refine((value) => value === null || Number.isInteger(value), "Age must be a whole number of years")
  .refine(
    (value) => value === null || (value >= 0 && value <= OLDEST_AGE),
    `Age must be between 0 and ${OLDEST_AGE} years`,
  );

const mobile = z
  .string({ error: "Mobile number is required" })
  .transform(normaliseMobile)
  .refine((value) => value !== "", "Mobile number is required")
  .refine((value) => value === "" || /^\d{10}$/.test(value), "Mobile number must be 10 digits");

// The checks across fields run even when another field is wrong, so a form shows every problem
// at once, but only when the fields they read are valid themselves.
// A recipient nested in another input (a pre-enrolment) may be missing altogether: then there is nothing to cross-check.
const crossFieldChecks = {
  when: (payload: { value: unknown; issues: ReadonlyArray<{ path?: ReadonlyArray<PropertyKey> }> }) =>
    typeof payload.value === "object" &&
    payload.value !== null &&
    !payload.issues.some((issue) =>
      ["dateOfBirth", "age", "identityType", "identityNumber"].includes(String(issue.path?.[0])),
    ),
};

/**
 * A walk-in recipient as a vaccinator registers them; the same schema checks the form and the API.
 * The age in years stands in for the date of birth only when that is not known.
 */
export const ZRecipientInput = z
  .object({
    name: requiredText("Name"),
    dateOfBirth,
    age,
    gender: z.enum(genders, { error: "Choose a gender" }),
    identityType: z.enum(identityTypes, { error: "Choose an identity document" }),
    identityNumber: z
      .string({ error: "Identity number is required" })
      .transform(normaliseIdentityNumber)
      .refine((value) => value !== "", "Identity number is required"),
    mobile,
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, "E-mail is at most 254 characters")
      .refine((value) => value === "" || z.email().safeParse(value).success, "Enter a valid e-mail address")
      .default(""),
    nationality: countryCode.default("IN"),
    country: countryCode.default("IN"),
  })
  .superRefine((recipient, context) => {
    if (recipient.dateOfBirth === null && recipient.age === null) {
      context.addIssue({
        code: "custom",
        path: ["dateOfBirth"],
        message: "Enter the date of birth, or the age in years when the date is not known",
      });
    }
    const { pattern, hint } = identityPatterns[recipient.identityType];
    if (recipient.identityNumber !== "" && !pattern.test(recipient.identityNumber)) {
      context.addIssue({ code: "custom", path: ["identityNumber"], message: hint });
    } else if (recipient.identityType === "AADHAAR" && !hasVerhoeffCheckDigit(recipient.identityNumber)) {
      context.addIssue({ code: "custom", path: ["identityNumber"], message: AADHAAR_CHECK_DIGIT });
    }
  }, crossFieldChecks)
  .transform((recipient) => ({ ...recipient, age: recipient.dateOfBirth === null ? recipient.age : null }));

/** Input of the walk-in form, before parsing. */
export type TRecipientInput = z.input<typeof ZRecipientInput>;
/** A parsed, valid walk-in recipient. */
export type TRecipient = z.output<typeof ZRecipientInput>;

/** A recipient search: a mobile number, an identity number or a pre-enrolment code, matched exactly. */
export const ZRecipientSearch = z.object({
  q: z
    .string({ error: "Enter a mobile number, identity number or pre-enrolment code" })
    .trim()
    .min(4, "Enter at least 4 characters: a mobile number, identity number or pre-enrolment code")
    .max(40, "A search is at most 40 characters"),
});

/** A parsed recipient search. */
export type TRecipientSearch = z.output<typeof ZRecipientSearch>;

/** A recipient as the facility app shows and caches them, with their pre-enrolments. */
export const ZRecipientView = z
  .object({
    id: z.string(),
    name: z.string(),
    dateOfBirth: z.iso.date().nullable(),
    age: z.number().int().nullable(),
    gender: z.enum(genders),
    identityType: z.string(),
    identityNumber: z.string(),
    mobile: z.string(),
    email: z.string(),
    nationality: z.string(),
    country: z.string(),
    preEnrolments: z.array(
      z.object({
        code: z.string(),
        programmeId: z.string(),
        programmeName: z.string(),
        status: z.enum(["OPEN", "USED", "CANCELLED"]),
      }),
    ),
  })
  .meta({ id: "Recipient" });
