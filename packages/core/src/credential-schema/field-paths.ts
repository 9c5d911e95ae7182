import type { TErrorDetail } from "../errors";

type TNode = { properties?: Record<string, TNode>; items?: TNode; $ref?: string; $defs?: Record<string, TNode> };

// Follows a local "#/$defs/x" reference, the only kind a schema may hold.
const resolved = (root: TNode, node: TNode | undefined): TNode | undefined => {
  if (!node?.$ref?.startsWith("#/")) return node;
  return node.$ref
    .slice(2)
    .split("/")
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], root) as TNode | undefined;
};

const hasField = (root: TNode, path: string): boolean => {
  let node: TNode | undefined = root;
  for (const segment of path.split(".")) {
    node = resolved(root, node);
    if (node?.items) node = resolved(root, node.items);
    node = node?.properties?.[segment];
    if (!node) return false;
  }
  return true;
};

/** The field choices (QR fields, verifier fields) that name no property of the JSON Schema, each as a problem. */
export const unknownFieldProblems = (schema: Record<string, unknown>, fields: string[], path: string): TErrorDetail[] =>
  fields.flatMap((field, index) =>
    hasField(schema as TNode, field)
      ? []
      : [{ path: `${path}.${index}`, message: `${field} is not a property of the JSON Schema` }],
  );
