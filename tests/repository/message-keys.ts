/** A catalogue of messages as next-intl reads it: nested namespaces down to ICU message strings. */
export type TCatalogue = { [key: string]: string | TCatalogue };

/** What a source file asks of its catalogue: the full keys it uses, and calls whose key cannot be read. */
export type TUsedKeys = { keys: string[]; namespaces: string[]; unreadable: string[] };

const TRANSLATOR =
  /(?:const|let)\s+(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:"([^"]*)")?\s*\)/g;
const INLINE = /(?:useTranslations|getTranslations)\(\s*"([^"]*)"\s*\)\)\(\s*"([^"]+)"/g;
const NAMESPACE = /(?:useTranslations|getTranslations)\(\s*"([^"]+)"\s*\)/g;

/**
 * The message keys a source file uses. A translator is a variable bound to `useTranslations(ns?)`
 * or `getTranslations(ns?)`; a function's `t` parameter is the whole catalogue's, so its keys are
 * written in full. A name is bound once per file, so a file keeps one namespace per translator
 * name. A call whose key is not a string literal is reported as unreadable, since no test could
 * check it.
 */
export const usedKeys = (source: string): TUsedKeys => {
  const translators = new Map<string, string>([["t", ""]]);
  for (const [, name = "", namespace = ""] of source.matchAll(TRANSLATOR)) translators.set(name, namespace);
  const names = [...translators.keys()].join("|");
  const call = new RegExp(`(?<![\\w.])(${names})(?:\\.rich|\\.markup|\\.raw|\\.has)?\\(\\s*([^,)\\s][^,)]*)`, "g");
  const keys: string[] = [];
  const unreadable: string[] = [];
  for (const [text, name = "", argument = ""] of source.matchAll(call)) {
    const literal = /^"([^"]+)"$/.exec(argument.trim())?.[1];
    if (!literal) {
      unreadable.push(text);
      continue;
    }
    const namespace = translators.get(name);
    keys.push(namespace ? `${namespace}.${literal}` : literal);
  }
  for (const [, namespace, key] of source.matchAll(INLINE)) keys.push(`${namespace}.${key}`);
  const namespaces = [...source.matchAll(NAMESPACE)].map(([, namespace = ""]) => namespace);
  return { keys, namespaces, unreadable };
};

/** Every message of a catalogue by its full key, `Namespace.key`. */
export const flatten = (catalogue: TCatalogue, prefix = ""): Map<string, string> => {
  const messages = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") messages.set(path, value);
    else for (const [inner, message] of flatten(value, path)) messages.set(inner, message);
  }
  return messages;
};

/** The argument and tag names of an ICU message, which every translation of it must keep. */
export const placeholders = (message: string): string[] =>
  [
    ...[...message.matchAll(/\{\s*(\w+)\s*[,}]/g)].map(([, name]) => `{${name}}`),
    ...[...message.matchAll(/<(\w+)>/g)].map(([, name]) => `<${name}>`),
  ].sort();

/** The words of a message a reader sees: without its arguments, plural and select syntax and tags. */
export const visibleText = (message: string): string =>
  message
    .replace(/<\/?\w+>/g, " ")
    .replace(/\{\s*\w+\s*,\s*(?:plural|select|selectordinal)\s*,/g, " ")
    .replace(/(?:zero|one|two|few|many|other|=\d+)\s*\{/g, " ")
    .replace(/\{\s*\w+\s*\}/g, " ")
    .replace(/[{}#]/g, " ");

/** The runs of Latin letters in a text, as a translation that left English behind would have. */
export const latinWords = (text: string): string[] => text.match(/[A-Za-z][A-Za-z0-9-]*/g) ?? [];
