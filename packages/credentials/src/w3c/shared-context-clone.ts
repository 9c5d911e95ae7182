import jsonld from "jsonld";

/** The part of a jsonld active context this module touches. */
type ActiveContext = {
  mappings: Map<string, unknown>;
  protected: Record<string, boolean>;
  inverse: unknown;
  previousContext?: ActiveContext;
  clone(this: ActiveContext): ActiveContext;
  [key: string]: unknown;
};

const jsonldContexts = jsonld as unknown as {
  processContext(activeCtx: null, localCtx: null, options: Record<string, unknown>): Promise<ActiveContext>;
};

// jsonld clones the whole active context each time a type-scoped context applies, deep-copying every
// term definition, including the large nested contexts of VC 2.0 types. Term definitions are never
// changed once made (a redefinition replaces the Map entry), so a child can share them with its parent:
// copying the Map and the protected flags yields the same context for a fraction of the work.
function cloneSharingDefinitions(this: ActiveContext): ActiveContext {
  const child: ActiveContext = {
    mappings: new Map(this.mappings),
    clone: this.clone,
    inverse: null,
    getInverse: this.getInverse,
    protected: { ...this.protected },
    revertToPreviousContext: this.revertToPreviousContext,
  };
  if (this.previousContext) child.previousContext = this.previousContext.clone();
  for (const key of ["@base", "@language", "@vocab"]) if (key in this) child[key] = this[key];
  return child;
}

let installed: Promise<void> | undefined;

/**
 * Makes jsonld's active contexts share term definitions when cloned. Every active context descends
 * from jsonld's cached initial context and inherits its `clone`, so replacing it there covers all
 * processing in this JavaScript realm. Idempotent; the output of every jsonld call is unchanged.
 */
export const shareContextDefinitions = (): Promise<void> => {
  installed ??= (async () => {
    for (const processingMode of [undefined, "json-ld-1.1", "json-ld-1.0"]) {
      const initial = await jsonldContexts.processContext(null, null, processingMode ? { processingMode } : {});
      initial.clone = cloneSharingDefinitions;
    }
  })();
  return installed;
};
