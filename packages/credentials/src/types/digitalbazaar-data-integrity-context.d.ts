/** Types for `@digitalbazaar/data-integrity-context`: the bundled JSON-LD contexts by URL. */
declare module "@digitalbazaar/data-integrity-context" {
  export const contexts: Map<string, Record<string, unknown>>;
}
