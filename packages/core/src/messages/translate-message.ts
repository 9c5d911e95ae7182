import type { TLocale } from "@vax/config/i18n";
import ar from "./ar.json" with { type: "json" };
import hi from "./hi.json" with { type: "json" };

/** A language's catalogue: each English message the core says (its variable parts as `{name}`) and its translation. */
type TMessageCatalogue = Record<string, string>;

type TPattern = { matcher: RegExp; names: string[]; translation: string; literalLength: number };
type TCompiled = { exact: Map<string, string>; patterns: TPattern[] };

const PLACEHOLDER = /\{(\w+)\}/g;
const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Messages without a variable part are looked up as they are; the others become patterns, tried
 * most specific first (the most fixed text), so "Wrong code. You have {tries} left." is not taken
 * by a looser message that also fits.
 */
const compile = (catalogue: TMessageCatalogue): TCompiled => {
  const exact = new Map<string, string>();
  const patterns: TPattern[] = [];
  for (const [english, translation] of Object.entries(catalogue)) {
    const names = [...english.matchAll(PLACEHOLDER)].map(([, name = ""]) => name);
    if (names.length === 0) {
      exact.set(english, translation);
      continue;
    }
    const literal = english.replace(PLACEHOLDER, "");
    if (literal.trim() === "") continue;
    const source = english
      .split(PLACEHOLDER)
      .map((part, index) => (index % 2 === 1 ? "(.+?)" : escapeForRegExp(part)))
      .join("");
    patterns.push({ matcher: new RegExp(`^${source}$`, "s"), names, translation, literalLength: literal.length });
  }
  patterns.sort((a, b) => b.literalLength - a.literalLength);
  return { exact, patterns };
};

const CATALOGUES: Partial<Record<TLocale, TCompiled>> = { hi: compile(hi), ar: compile(ar) };
// A message's variable parts are translated too ("40 seconds"), but never more than this deep.
const MAX_DEPTH = 2;

const translateIn = (compiled: TCompiled, message: string, depth: number): string => {
  const exact = compiled.exact.get(message);
  if (exact !== undefined) return exact;
  if (depth > MAX_DEPTH) return message;
  for (const pattern of compiled.patterns) {
    const match = pattern.matcher.exec(message);
    if (!match) continue;
    const values = new Map(pattern.names.map((name, index) => [name, match[index + 1] ?? ""]));
    return pattern.translation.replace(PLACEHOLDER, (whole, name: string) => {
      const value = values.get(name);
      return value === undefined ? whole : translateIn(compiled, value, depth + 1);
    });
  }
  return message;
};

/**
 * A message of the core (a refusal, a validation error) in the reader's language. The core writes
 * its messages in English, where its tests and API clients read them; each language's catalogue
 * maps them, variable parts and all, so no use case needs to know who reads it. A message with no
 * translation stays in English.
 */
export const translateMessage = (message: string, locale: TLocale): string => {
  const compiled = CATALOGUES[locale];
  return compiled ? translateIn(compiled, message, 0) : message;
};
