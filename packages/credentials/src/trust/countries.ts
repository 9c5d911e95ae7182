import countries from "../eu-dcc/data/country-2-codes.json" with { type: "json" };

const names = countries.valueSetValues as Record<string, { display: string }>;

/** The English name of an ISO 3166 alpha-2 country from the DCC value set, or the code itself when it lists none. */
export const countryName = (code: string): string => names[code]?.display ?? code;
