/** Types for `ed25519-signature-2020-context`: the bundled JSON-LD context by URL. */
declare module "ed25519-signature-2020-context" {
  export const contexts: Map<string, Record<string, unknown>>;
}
