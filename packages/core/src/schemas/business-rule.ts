import { z } from "zod";

// A form's empty field means "not given".
const blankAsMissing = (value: unknown) => (value === "" || value === null ? undefined : value);

/** A tenant's validity rule as the admin portal's form sends it (numbers may come as text). */
export const ZValidityRuleInput = z
  .object({
    days: z.coerce.number("Whole days").int("Whole days").min(1, "At least 1 day").max(3650, "At most 3650 days"),
    waitDays: z.preprocess(
      blankAsMissing,
      z.coerce.number("Whole days").int("Whole days").min(0, "Not negative").max(365, "At most 365 days").optional(),
    ),
    /** Only for a platform admin's rule; a tenant's rules are for its own country. */
    country: z.preprocess(
      blankAsMissing,
      z
        .string()
        .regex(/^[A-Za-z]{2}$/, "A two-letter country code")
        .optional(),
    ),
  })
  .strict();
export type TValidityRuleInput = z.infer<typeof ZValidityRuleInput>;

/** Turning a rule off or on again. */
export const ZBusinessRuleActive = z.object({ active: z.boolean() }).strict();
export type TBusinessRuleActive = z.infer<typeof ZBusinessRuleActive>;
