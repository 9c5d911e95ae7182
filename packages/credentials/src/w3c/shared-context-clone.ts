import jsonld from "jsonld";
// The module jsonld's own context processing requires, so patching its prototype reaches every lookup.
import ResolvedContext from "jsonld/lib/ResolvedContext.js";

/** The part of a jsonld active context this module touches. */
type ActiveContext = {
  mappings: Map<string, unknown>;
  protected: Record<string, boolean>;
  inverse: unknown;
  previousContext?: ActiveContext;
  clone(this: ActiveContext): ActiveContext;
  revertToPreviousContext(this: ActiveContext): ActiveContext;
  [key: string]: unknown;
  [SOURCE]?: ActiveContext;
};

const jsonldContexts = jsonld as unknown as {
  processContext(activeCtx: null, localCtx: null, options: Record<string, unknown>): Promise<ActiveContext>;
};

// The context a clone was made from, so that a clone jsonld has only wrapped can be told apart.
const SOURCE = Symbol("cloned from");

// jsonld clones the whole active context each time a type-scoped context applies, deep-copying every
// term definition, including the large nested contexts of VC 2.0 types. Term definitions are never
// changed once made (a redefinition replaces the Map entry), so a child can share them with its parent:
// copying the Map and the protected flags yields the same context for a fraction of the work. An active
// context is never changed once processed (jsonld's own cache hands the same one to every document), so
// the previous context is shared too, not copied.
function cloneSharingDefinitions(this: ActiveContext): ActiveContext {
  const child: ActiveContext = {
    mappings: new Map(this.mappings),
    clone: this.clone,
    inverse: null,
    getInverse: this.getInverse,
    protected: { ...this.protected },
    revertToPreviousContext: this.revertToPreviousContext,
    [SOURCE]: this,
  };
  if (this.previousContext) child.previousContext = this.previousContext;
  for (const key of ["@base", "@language", "@vocab"]) if (key in this) child[key] = this[key];
  return child;
}

// jsonld returns a copy of the previous context on leaving a node with a type-scoped context; the
// previous context is a processed one, never changed, so it serves as it is, and stays the same object
// from one node and one document to the next, which is what jsonld's processed-context cache is keyed on.
function revertSharing(this: ActiveContext): ActiveContext {
  return this.previousContext ?? this;
}

// Applying a type-scoped context, jsonld first wraps the active context A in a fresh clone whose previous
// context is A, then looks the result up by that clone, which no later document holds: every node with a
// type re-processed its type's context. The wrapper differs from A only in pointing back at it, so every
// wrapper of A is the same context, and the lookup is keyed on one stand-in per A instead. A clone is such
// a wrapper exactly when its previous context is the context it was cloned from: jsonld sets a previous
// context on a clone only there, and clones again before it defines any term.
const wrapperKeys = new WeakMap<ActiveContext, object>();
const cacheKey = (activeCtx: ActiveContext): object => {
  const source = activeCtx[SOURCE];
  if (!source || activeCtx.previousContext !== source) return activeCtx;
  let key = wrapperKeys.get(source);
  if (!key) {
    key = {};
    wrapperKeys.set(source, key);
  }
  return key;
};

const keyProcessedContextsByWrappedContext = () => {
  ResolvedContext.prototype.getProcessed = function getProcessed(activeCtx) {
    return this.cache.get(cacheKey(activeCtx as ActiveContext));
  };
  ResolvedContext.prototype.setProcessed = function setProcessed(activeCtx, processed) {
    this.cache.set(cacheKey(activeCtx as ActiveContext), processed);
  };
};

let installed: Promise<void> | undefined;

/**
 * Makes jsonld's context processing share what never changes: term definitions and previous contexts
 * are shared by clones, and the result of applying a type-scoped context is found again for every node
 * of that type. Every active context descends from jsonld's cached initial context and inherits its
 * `clone` and `revertToPreviousContext`, so replacing them there covers all processing in this
 * JavaScript realm. Idempotent; the output of every jsonld call is unchanged.
 */
export const shareContextDefinitions = (): Promise<void> => {
  installed ??= (async () => {
    keyProcessedContextsByWrappedContext();
    for (const processingMode of [undefined, "json-ld-1.1", "json-ld-1.0"]) {
      const initial = await jsonldContexts.processContext(null, null, processingMode ? { processingMode } : {});
      initial.clone = cloneSharingDefinitions;
      initial.revertToPreviousContext = revertSharing;
    }
  })();
  return installed;
};
