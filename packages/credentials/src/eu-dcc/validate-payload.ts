import countries from "./data/country-2-codes.json" with { type: "json" };
import diseases from "./data/disease-agent-targeted.json" with { type: "json" };
import holders from "./data/vaccine-mah-manf.json" with { type: "json" };
import products from "./data/vaccine-medicinal-product.json" with { type: "json" };
import prophylaxis from "./data/vaccine-prophylaxis.json" with { type: "json" };
import { validate as validateSchema } from "./generated/dcc-schema-validator.ts";

/** The outcome of checking a payload: ok, or the reasons it is not. */
export type PayloadValidation = { ok: true } | { ok: false; errors: string[] };

type ValidateFunction = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string }[] | null;
};

// Precompiled from the schema (see compile-dcc-schema.ts), so that no code is evaluated at run time.
const validate = validateSchema as ValidateFunction;

/** Validates a DCC payload against the bundled EU DCC JSON schema 1.3.x. */
export const validateDccSchema = (payload: unknown): PayloadValidation => {
  if (validate(payload)) return { ok: true };
  const errors = (validate.errors ?? []).map((error) => `${error.instancePath || "payload"} ${error.message ?? ""}`);
  return { ok: false, errors: [...new Set(errors)] };
};

const codes = (set: { valueSetValues: Record<string, unknown> }) => new Set(Object.keys(set.valueSetValues));
const VALUE_SETS = {
  tg: { name: "disease or agent targeted", codes: codes(diseases) },
  vp: { name: "vaccine or prophylaxis", codes: codes(prophylaxis) },
  mp: { name: "vaccine product", codes: codes(products) },
  ma: { name: "marketing-authorisation holder", codes: codes(holders) },
  co: { name: "country", codes: codes(countries) },
} as const;

/** Checks the coded fields of every entry against the bundled EU value sets (vaccination codes, disease, country). */
export const validateDccValueSets = (payload: unknown): PayloadValidation => {
  const errors: string[] = [];
  const record = (payload ?? {}) as Record<string, unknown>;
  for (const group of ["v", "t", "r"]) {
    const entries = record[group];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: Record<string, unknown>, index) => {
      // Test and recovery entries reuse tg and co; their other codes have sets we do not bundle.
      const fields = group === "v" ? (["tg", "vp", "mp", "ma", "co"] as const) : (["tg", "co"] as const);
      for (const field of fields) {
        const value = entry?.[field];
        if (typeof value === "string" && !VALUE_SETS[field].codes.has(value)) {
          errors.push(`/${group}/${index}/${field} "${value}" is not a known ${VALUE_SETS[field].name} code`);
        }
      }
    });
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
};

/** Validates a payload against the schema and the value sets together, as issuance requires. */
export const validateDccPayload = (payload: unknown): PayloadValidation => {
  const schemaResult = validateDccSchema(payload);
  const valueSetResult = validateDccValueSets(payload);
  const errors = [...(schemaResult.ok ? [] : schemaResult.errors), ...(valueSetResult.ok ? [] : valueSetResult.errors)];
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
};
