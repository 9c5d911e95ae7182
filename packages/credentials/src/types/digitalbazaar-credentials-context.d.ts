/** Types for `@digitalbazaar/credentials-context`: the bundled JSON-LD contexts by URL. */
declare module "@digitalbazaar/credentials-context" {
  export const contexts: Map<string, Record<string, unknown>>;
}
