import type { CredentialDisplay, SubjectField } from "./types.ts";

type TSchemaNode = { title?: unknown; format?: unknown; properties?: Record<string, TSchemaNode> };

/** Who the credential names: printed as the holder, so never repeated among its event fields. */
const HOLDER_FIELDS = new Set(["type", "id", "name", "birthDate", "gender", "identifier", "age"]);
// Deep enough for "facility.name"; a deeper value is the issuer's structure, not a fact a person reads.
const MAX_DEPTH = 2;

const inWords = (name: string): string => {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase();
};

const labelOf = (node: TSchemaNode | undefined, name: string, parentLabel?: string): string => {
  if (typeof node?.title === "string" && node.title.trim()) return node.title.trim();
  return parentLabel ? `${parentLabel}: ${inWords(name).toLowerCase()}` : inWords(name);
};

const scalarText = (value: unknown): string | undefined => {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const items = value.map(scalarText).filter((item): item is string => item !== undefined);
    return items.length > 0 && items.length === value.length ? items.join(", ") : undefined;
  }
  return undefined;
};

const fieldsOf = (
  claims: Record<string, unknown>,
  schema: TSchemaNode | undefined,
  path: string[],
  parentLabel: string | undefined,
): SubjectField[] =>
  Object.entries(claims).flatMap(([name, value]) => {
    if (path.length === 0 && HOLDER_FIELDS.has(name)) return [];
    const node = schema?.properties?.[name];
    const label = labelOf(node, name, parentLabel);
    const key = [...path, name].join("_");
    if (value && typeof value === "object" && !Array.isArray(value)) {
      return path.length + 1 < MAX_DEPTH
        ? fieldsOf(value as Record<string, unknown>, node, [...path, name], label)
        : [];
    }
    const text = scalarText(value);
    if (text === undefined) return [];
    const kind = node?.format === "date" || node?.format === "date-time" ? "date" : "text";
    return [{ key, label, value: text, kind }];
  });

/**
 * The facts a credential subject states beyond its holder, in the subject's order, each labelled from the subject's
 * JSON Schema; `only` (dotted paths, as a schema's verifier fields name them) picks and orders them.
 */
export const subjectFields = (
  claims: Record<string, unknown>,
  subjectSchema: unknown,
  only?: readonly string[],
): SubjectField[] => {
  const fields = fieldsOf(claims, subjectSchema as TSchemaNode, [], undefined);
  if (!only || only.length === 0) return fields;
  return only.flatMap((path) => fields.filter((field) => field.key === path.replaceAll(".", "_")));
};

const nodeAt = (schema: unknown, path: string[]): TSchemaNode | undefined =>
  path.reduce<TSchemaNode | undefined>((node, name) => node?.properties?.[name], schema as TSchemaNode);

/**
 * What a verifier shows of a schema's credentials: its title and, for each verifier field (a dotted path) beyond
 * the holder, the label and kind its JSON Schema gives it. Published in the issuer's trust entry, so a verifier
 * offline labels the facts of any schema it has never seen.
 */
export const credentialDisplay = (
  title: string,
  subjectSchema: unknown,
  verifierFields: readonly string[],
): CredentialDisplay => ({
  title,
  fields: verifierFields
    .filter((path) => !HOLDER_FIELDS.has(path))
    .map((path) => {
      const names = path.split(".");
      const node = nodeAt(subjectSchema, names);
      const parent = names.length > 1 ? nodeAt(subjectSchema, names.slice(0, -1)) : undefined;
      const parentLabel = names.length > 1 ? labelOf(parent, names[names.length - 2] as string) : undefined;
      const kind = node?.format === "date" || node?.format === "date-time" ? "date" : "text";
      return { path, label: labelOf(node, names[names.length - 1] as string, parentLabel), kind };
    }),
});

const valueAt = (subject: Record<string, unknown>, path: string): unknown =>
  path
    .split(".")
    .reduce<unknown>(
      (value, name) =>
        value && typeof value === "object" && Object.hasOwn(value, name)
          ? (value as Record<string, unknown>)[name]
          : undefined,
      subject,
    );

/** The facts a verifier shows of a credential subject, as its schema's display names them, in that order. */
export const displayedFields = (subject: Record<string, unknown>, display: CredentialDisplay): SubjectField[] =>
  display.fields.flatMap(({ path, label, kind }) => {
    const value = scalarText(valueAt(subject, path));
    return value === undefined ? [] : [{ key: path.replaceAll(".", "_"), label, value, kind }];
  });
