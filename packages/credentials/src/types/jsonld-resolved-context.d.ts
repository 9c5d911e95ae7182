/** Minimal types for jsonld's internal processed-context cache, which `shareContextDefinitions` re-keys. */
declare module "jsonld/lib/ResolvedContext.js" {
  const ResolvedContext: {
    prototype: {
      cache: { get(key: object): unknown; set(key: object, value: unknown): void };
      getProcessed(activeCtx: object): unknown;
      setProcessed(activeCtx: object, processed: unknown): void;
    };
  };
  export default ResolvedContext;
}
