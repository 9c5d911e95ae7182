import template from "./contexts/vaccination-v1.json" with { type: "json" };

/** The public base URL used when the caller gives none (the verify app in development). */
export const DEFAULT_PUBLIC_URL = "http://localhost:3003";

/** The URL of our vaccination JSON-LD context under a public base URL. */
export const vaccinationContextUrl = (publicUrl: string = DEFAULT_PUBLIC_URL): string =>
  `${publicUrl.replace(/\/+$/, "")}/credentials/vaccination/v1`;

/** Our vaccination JSON-LD context with its term IRIs under the given public base URL. */
export const vaccinationContext = (publicUrl: string = DEFAULT_PUBLIC_URL): Record<string, unknown> => {
  const context = structuredClone(template) as { "@context": Record<string, unknown> };
  // Every term IRI goes through the `vax` prefix, so moving the base rewrites one string.
  context["@context"].vax = `${vaccinationContextUrl(publicUrl)}#`;
  return context;
};

const CONTEXT_PATH = "/credentials/vaccination/v1";

/**
 * The public base URL a vaccination context URL names, when it is one (`<base>/credentials/vaccination/v1`
 * over http or https), so a verifier can rebuild the context of any deployment of this platform offline.
 */
export const vaccinationContextBase = (url: string): string | undefined => {
  if (!url.endsWith(CONTEXT_PATH)) return undefined;
  const base = url.slice(0, -CONTEXT_PATH.length);
  try {
    const parsed = new URL(base);
    return (parsed.protocol === "https:" || parsed.protocol === "http:") && !parsed.search && !parsed.hash
      ? base
      : undefined;
  } catch {
    return undefined;
  }
};
