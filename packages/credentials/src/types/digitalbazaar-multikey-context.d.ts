/** Types for `@digitalbazaar/multikey-context`: the bundled JSON-LD contexts by URL. */
declare module "@digitalbazaar/multikey-context" {
  export const contexts: Map<string, Record<string, unknown>>;
}
