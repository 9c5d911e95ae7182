/** Minimal types for `rdf-canonize`. */
declare module "rdf-canonize" {
  export function canonize(
    dataset: unknown,
    options: { algorithm: string; format?: string; inputFormat?: string },
  ): Promise<string>;
}
