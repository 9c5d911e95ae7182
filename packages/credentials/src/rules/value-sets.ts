import countries from "../eu-dcc/data/country-2-codes.json" with { type: "json" };
import diseases from "../eu-dcc/data/disease-agent-targeted.json" with { type: "json" };
import holders from "../eu-dcc/data/vaccine-mah-manf.json" with { type: "json" };
import products from "../eu-dcc/data/vaccine-medicinal-product.json" with { type: "json" };
import prophylaxis from "../eu-dcc/data/vaccine-prophylaxis.json" with { type: "json" };

type ValueSet = { valueSetId: string; valueSetValues: Record<string, { display: string }> };

const SETS: ValueSet[] = [countries, diseases, holders, products, prophylaxis];

/** The EU value sets bundled with the DCC module, as rules read them: `external.valueSets[id]` lists the codes. */
export const ruleValueSets: Record<string, string[]> = Object.fromEntries(
  SETS.map((set) => [set.valueSetId, Object.keys(set.valueSetValues)]),
);

/** The code and display of every entry of a bundled value set. */
export const valueSetEntries = (set: "products" | "holders" | "countries"): [string, string][] => {
  const chosen = { products, holders, countries }[set] as ValueSet;
  return Object.entries(chosen.valueSetValues).map(([code, value]) => [code, value.display]);
};

/** A country's English name from the EU country value set, or its code when the set does not know it. */
export const countryName = (code: string): string =>
  code.toUpperCase() === "EU"
    ? "the EU"
    : ((countries as ValueSet).valueSetValues[code.toUpperCase()]?.display ?? code.toUpperCase());
