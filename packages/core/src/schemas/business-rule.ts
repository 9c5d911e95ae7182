import { z } from "zod";

/** A tenant's validity rule as the admin portal's form sends it. */
export const ZValidityRuleInput = z
  .object({
    days: z.coerce.number().int("Whole days").min(1, "At least 1 day").max(3650, "At most 3650 days"),
    waitDays: z.coerce.number().int("Whole days").min(0).max(365, "At most 365 days").optional(),
    /** Only for a platform admin's rule; a tenant's rules are for its own country. */
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "A two-letter country code")
      .optional(),
  })
  .strict();
export type TValidityRuleInput = z.infer<typeof ZValidityRuleInput>;

/** Turning a rule off or on again. */
export const ZBusinessRuleActive = z.object({ active: z.boolean() }).strict();
export type TBusinessRuleActive = z.infer<typeof ZBusinessRuleActive>;
