/** A FHIR R4 resource as JSON; only `resourceType` is known to every resource. */
export type FhirResource = { resourceType: string; [key: string]: unknown };

/** A FHIR R4 Bundle entry. */
export type FhirBundleEntry = { fullUrl?: string; resource: FhirResource };

/** A FHIR R4 Bundle of type collection, the shape a SMART Health Card carries. */
export type FhirBundle = { resourceType: "Bundle"; type: string; entry: FhirBundleEntry[] };

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isEmpty = (value: Json): boolean =>
  value === null ||
  value === undefined ||
  (Array.isArray(value) && value.length === 0) ||
  (isObject(value) && Object.keys(value).length === 0);

type Context = { references: Map<string, string>; inCodingArray: boolean };

const minifyValue = (value: Json, key: string | undefined, ctx: Context): Json => {
  if (Array.isArray(value)) {
    const inner = { ...ctx, inCodingArray: key === "coding" };
    return value.map((item) => minifyValue(item, undefined, inner)).filter((item) => !isEmpty(item));
  }
  if (!isObject(value)) return value;
  const isResource = typeof value.resourceType === "string";
  const isCodeableConcept = Array.isArray(value.coding);
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value)) {
    if (isResource && (k === "id" || k === "text")) continue;
    if (isResource && k === "meta") {
      // The spec keeps meta.security only: it can carry labels a verifier must honour.
      const security = isObject(v) ? v.security : undefined;
      if (!isEmpty(security)) out.meta = { security: minifyValue(security, "security", ctx) };
      continue;
    }
    if (isCodeableConcept && k === "text") continue;
    if (ctx.inCodingArray && k === "display") continue;
    if (k === "reference" && typeof v === "string") {
      out[k] = ctx.references.get(v) ?? v;
      continue;
    }
    const minified = minifyValue(v, k, { ...ctx, inCodingArray: false });
    if (!isEmpty(minified)) out[k] = minified;
  }
  return out;
};

/**
 * Applies the SMART Health Cards size rules to a bundle: short `resource:N` URLs and references,
 * no Resource.id, meta (but meta.security), narrative text, CodeableConcept.text or Coding.display,
 * and no empty values. The input is not modified.
 */
export const minifyFhirBundle = (bundle: FhirBundle): FhirBundle => {
  const references = new Map<string, string>();
  bundle.entry.forEach((entry, i) => {
    const short = `resource:${i}`;
    if (entry.fullUrl) references.set(entry.fullUrl, short);
    const id = entry.resource.id;
    // Relative references ("Patient/123") are as common as fullUrl ones in real bundles.
    if (typeof id === "string") references.set(`${entry.resource.resourceType}/${id}`, short);
  });
  const ctx: Context = { references, inCodingArray: false };
  return {
    resourceType: "Bundle",
    type: bundle.type,
    entry: bundle.entry.map((entry, i) => ({
      fullUrl: `resource:${i}`,
      resource: minifyValue(entry.resource, undefined, ctx) as FhirResource,
    })),
  };
};
