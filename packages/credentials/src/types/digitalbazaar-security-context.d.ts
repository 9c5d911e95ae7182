/** Types for `@digitalbazaar/security-context`: the bundled JSON-LD contexts by URL. */
declare module "@digitalbazaar/security-context" {
  export const contexts: Map<string, Record<string, unknown>>;
}
