import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Where the core writes a message a person reads: an error's message, a zod check's message, a
// `message:` or `error:` property, a message the API's edge translates with `say(…)`. Descriptions for the API document and demo data are not messages.
const LITERAL = String.raw`("(?:[^"\\]|\\.)*"|\x60(?:[^\x60\\]|\\.)*\x60)`;
const PLACES = [
  String.raw`new \w*Error\(\s*(?:"[A-Z_]+"|AppErrorCode\.\w+)\s*,\s*${LITERAL}`,
  String.raw`new \w+Error\(\s*${LITERAL}`,
  String.raw`\.(?:min|max|length|regex|refine|superRefine|email|url|uuid|nonempty|startsWith|endsWith|int|positive|nonnegative|gte|lte|gt|lt|datetime|date)\([^()]*?(?:\([^()]*\)[^()]*?)*,\s*${LITERAL}`,
  String.raw`\b(?:message|error)\s*:\s*${LITERAL}`,
  String.raw`\bsay\(\s*${LITERAL}`,
].map((source) => new RegExp(source, "g"));
const SKIPPED_FOLDERS = /[/\\](testing|demo|openapi)[/\\]/;

/** The name a catalogue gives the value of `${expression}`: its last identifier, strings left out. */
const placeholderName = (expression: string): string => {
  const identifiers = expression.replace(/"[^"]*"|'[^']*'/g, "").match(/[A-Za-z_]\w*/g) ?? ["value"];
  return identifiers.at(-1) ?? "value";
};

/** A template literal's text with each `${…}` written as a `{name}` placeholder, names made unique. */
export const catalogueForm = (template: string): string => {
  let text = "";
  const used = new Set<string>();
  for (let index = 0; index < template.length; index++) {
    if (template[index] !== "$" || template[index + 1] !== "{") {
      text += template[index];
      continue;
    }
    let depth = 1;
    let end = index + 2;
    for (; end < template.length && depth > 0; end++) {
      if (template[end] === "{") depth++;
      if (template[end] === "}") depth--;
    }
    const base = placeholderName(template.slice(index + 2, end - 1));
    let name = base;
    for (let suffix = 2; used.has(name); suffix++) name = `${base}${suffix}`;
    used.add(name);
    text += `{${name}}`;
    index = end - 1;
  }
  return text;
};

/** Every message the core's sources write for people, in catalogue form, with a file that writes it. */
export const coreMessages = (coreSource: string): Map<string, string> => {
  const files = readdirSync(coreSource, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !SKIPPED_FOLDERS.test(file));
  const messages = new Map<string, string>();
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    for (const place of PLACES) {
      for (const [, literal = ""] of source.matchAll(place)) {
        const body = literal.slice(1, -1);
        if (!/[a-z]/.test(body) || body.startsWith("/")) continue;
        const message = literal.startsWith("`") ? catalogueForm(body) : JSON.parse(literal);
        messages.set(message, path.relative(coreSource, file));
      }
    }
  }
  return messages;
};
