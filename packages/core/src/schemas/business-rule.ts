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

/** A stored business rule as the admin API lists it. */
export const ZBusinessRuleView = z
  .object({
    id: z.string(),
    identifier: z.string(),
    version: z.string(),
    type: z.enum(["acceptance", "invalidation"]),
    country: z.string(),
    certificateType: z.string(),
    description: z.string(),
    validFrom: z.string(),
    validTo: z.string(),
    active: z.boolean(),
    source: z.enum(["imported", "tenant"]),
    owner: z.string().meta({ description: '"platform", or the owning tenant\'s id' }),
  })
  .meta({ id: "BusinessRuleView" });

const ZRuleReference = z.object({ identifier: z.string(), version: z.string(), country: z.string() });

/** What an import did with each rule of the document. */
export const ZRuleImportReport = z
  .object({
    added: z.array(ZRuleReference),
    changed: z.array(ZRuleReference).meta({ description: "New versions of rules already held" }),
    unchanged: z.array(ZRuleReference),
    refused: z.array(z.object({ item: z.string(), reason: z.string() })),
  })
  .meta({ id: "RuleImportReport" });
