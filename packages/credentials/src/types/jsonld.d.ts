/** Minimal types for the untyped `jsonld` package: only what this package calls. */
declare module "jsonld" {
  /** What a JSON-LD document loader answers for one URL. */
  export type RemoteDocument = { contextUrl: string | null; documentUrl: string; document: unknown };
  type Options = { documentLoader?: (url: string) => Promise<RemoteDocument>; safe?: boolean; base?: string | null };
  const jsonld: {
    expand(input: unknown, options?: Options): Promise<unknown[]>;
    toRDF(input: unknown, options?: Options & { format?: string; rdfDirection?: string }): Promise<unknown>;
    canonize(input: unknown, options?: Options & { algorithm?: string; format?: string }): Promise<string>;
  };
  export default jsonld;
}
