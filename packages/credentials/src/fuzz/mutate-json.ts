import { MAX_JSON_DEPTH, MAX_JSON_VALUES } from "../limits.ts";
import type { Mutated } from "./mutate-text.ts";
import type { Rng } from "./prng.ts";

// Mutations of a JSON tree (or of CBOR decoded to Maps): change a leaf, change a type, drop or add a member,
// nest deeply, grow an array, move a subtree, reorder keys. Each works on a copy.

type Key = string | number;
type Node = { path: Key[]; value: unknown };

const INTERESTING_KEYS = [
  "@context",
  "@id",
  "@type",
  "@vocab",
  "id",
  "type",
  "issuer",
  "proof",
  "credentialSubject",
  "credentialStatus",
  "verificationMethod",
  "__proto__",
  "constructor",
];

const isContainer = (value: unknown): value is Record<Key, unknown> | unknown[] | Map<unknown, unknown> =>
  typeof value === "object" && value !== null && !(value instanceof Uint8Array);

const entriesOf = (value: unknown): [Key, unknown][] => {
  if (value instanceof Map) return [...value].map(([key, inner]) => [key as Key, inner]);
  if (Array.isArray(value)) return value.map((inner, index) => [index, inner]);
  return isContainer(value) ? Object.entries(value) : [];
};

// Bounded, so that a tree an earlier mutation nested or grew is not walked (or its paths copied) in full.
const nodesOf = (root: unknown): Node[] => {
  const nodes: Node[] = [];
  const pending: Node[] = [{ path: [], value: root }];
  while (pending.length > 0 && nodes.length < 2_000) {
    const node = pending.pop() as Node;
    nodes.push(node);
    if (node.path.length >= 48) continue;
    for (const [key, inner] of entriesOf(node.value)) pending.push({ path: [...node.path, key], value: inner });
  }
  return nodes;
};

const childOf = (node: unknown, key: Key): unknown =>
  node instanceof Map ? node.get(key) : (node as Record<Key, unknown>)[key];

const setAt = (root: unknown, path: Key[], value: unknown): unknown => {
  if (path.length === 0) return value;
  const parent = path.slice(0, -1).reduce<unknown>(childOf, root);
  const last = path[path.length - 1] as Key;
  if (parent instanceof Map) parent.set(last, value);
  else (parent as Record<Key, unknown>)[last] = value;
  return root;
};

const deleteAt = (root: unknown, path: Key[]): void => {
  const parent = path.slice(0, -1).reduce<unknown>(childOf, root);
  const last = path[path.length - 1] as Key;
  if (parent instanceof Map) parent.delete(last);
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete (parent as Record<Key, unknown>)[last];
};

const clone = <T>(value: T): T => structuredClone(value);
const where = (path: Key[]) => (path.length === 0 ? "the root" : path.join("."));

const changedLeaf = (value: unknown, rng: Rng): unknown => {
  if (typeof value === "string") {
    const at = rng.int(Math.max(1, value.length));
    const char = String.fromCharCode(((value.charCodeAt(at) || 64) + rng.between(1, 25)) % 0x7f || 65);
    return value.slice(0, at) + char + value.slice(at + 1);
  }
  if (typeof value === "number") return rng.pick([value + 1, value - 1, -value, value * 1e6, 0.5]);
  if (typeof value === "boolean") return !value;
  if (typeof value === "bigint") return value + 1n;
  if (value instanceof Uint8Array) return Uint8Array.from(value, (byte, index) => (index === 0 ? byte ^ 1 : byte));
  return null;
};

const otherType = (value: unknown, rng: Rng): unknown => {
  const options: unknown[] = [null, true, 0, -1, 1e308, "", "x", [], {}, [value], { "@value": value }];
  return rng.pick(options.filter((option) => typeof option !== typeof value || Array.isArray(option)));
};

/** A value nested `depth` levels: arrays or objects, around the limit or far past it. */
const nested = (depth: number, objects: boolean): unknown => {
  let value: unknown = "deep";
  for (let level = 0; level < depth; level++) value = objects ? { a: value } : [value];
  return value;
};

const shuffledKeys = (value: unknown, rng: Rng): unknown => {
  if (Array.isArray(value)) return value.map((inner) => shuffledKeys(inner, rng));
  if (!isContainer(value) || value instanceof Map) return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
  }
  return Object.fromEntries(entries.map(([key, inner]) => [key, shuffledKeys(inner, rng)]));
};

/** One random structural mutation of a JSON (or CBOR) tree; the tree given is not changed. */
export const mutateJson = (tree: unknown, rng: Rng): Mutated<unknown> => {
  const copy = clone(tree);
  const nodes = nodesOf(copy);
  const node = rng.pick(nodes);
  const containers = nodes.filter((candidate) => isContainer(candidate.value));
  switch (rng.int(9)) {
    case 0: {
      const leaves = nodes.filter(
        (candidate) => !isContainer(candidate.value) || candidate.value instanceof Uint8Array,
      );
      const leaf = leaves.length > 0 ? rng.pick(leaves) : node;
      return {
        value: setAt(copy, leaf.path, changedLeaf(leaf.value, rng)),
        what: `changed the value at ${where(leaf.path)}`,
      };
    }
    case 1:
      return {
        value: setAt(copy, node.path, otherType(node.value, rng)),
        what: `changed the type at ${where(node.path)}`,
      };
    case 2:
      if (node.path.length === 0) return { value: copy, what: "left as it was" };
      deleteAt(copy, node.path);
      return { value: copy, what: `deleted ${where(node.path)}` };
    case 3: {
      const target = rng.pick(containers.length > 0 ? containers : [node]);
      const key = rng.pick(INTERESTING_KEYS);
      const value = rng.pick([rng.pick(nodes).value, "x", null, 1, [], {}]);
      if (target.value instanceof Map) target.value.set(rng.pick([key, -260, 1, 4, -1]), value);
      else if (Array.isArray(target.value)) target.value.push(value);
      else if (isContainer(target.value))
        Object.defineProperty(target.value, key, { value, enumerable: true, configurable: true, writable: true });
      return { value: copy, what: `added ${key} to ${where(target.path)}` };
    }
    case 4: {
      // Far past the limit, but not so deep that writing it indented (quadratic in depth) outgrows V8: at 10,000
      // levels a worker thread's larger stack let JSON.stringify run into a fatal "invalid size" error.
      const depth = rng.pick([MAX_JSON_DEPTH - 2, MAX_JSON_DEPTH + 2, 100, 2_000]);
      const objects = rng.chance(0.5);
      return {
        value: setAt(copy, node.path, nested(depth, objects)),
        what: `nested ${where(node.path)} ${depth} deep`,
      };
    }
    case 5: {
      const length = rng.pick([1_000, MAX_JSON_VALUES + 10]);
      return {
        value: setAt(
          copy,
          node.path,
          Array.from({ length }, (_, i) => i),
        ),
        what: `made ${where(node.path)} ${length} long`,
      };
    }
    case 6: {
      const source = rng.pick(nodes);
      return {
        value: setAt(copy, node.path, clone(source.value)),
        what: `copied ${where(source.path)} over ${where(node.path)}`,
      };
    }
    case 7:
      // JSON-LD reads a single value and a list of one the same; the signed content may stay the same.
      return { value: setAt(copy, node.path, [node.value]), what: `wrapped ${where(node.path)} in a list` };
    default:
      return { value: shuffledKeys(copy, rng), what: "reordered the keys of every object" };
  }
};

/** The tree as JSON text: compact, indented, or with a member repeated (JSON.parse keeps the last). */
export const serialiseJson = (tree: unknown, rng: Rng): Mutated<string> => {
  const compact = JSON.stringify(tree) ?? "null";
  switch (rng.int(4)) {
    case 0:
      return { value: JSON.stringify(tree, null, 2) ?? "null", what: "indented" };
    case 1: {
      const duplicate = compact.replace(/^\{"([^"]+)":/, (_, key: string) => `{"${key}":"shadowed","${key}":`);
      return { value: duplicate, what: "with its first member repeated" };
    }
    default:
      return { value: compact, what: "compact" };
  }
};
