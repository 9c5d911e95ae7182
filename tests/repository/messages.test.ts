import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LOCALES } from "@vax/config/i18n";
import { describe, expect, it } from "vitest";
import { KEPT_IN_LATIN } from "./kept-in-latin";
import { flatten, latinWords, placeholders, type TCatalogue, usedKeys, visibleText } from "./message-keys";

const root = fileURLToPath(new URL("../../", import.meta.url));
const APPS = ["admin", "citizen", "facility", "verify"];

const sourceFiles = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));

const catalogue = (app: string, locale: string) =>
  flatten(JSON.parse(readFileSync(path.join(root, "apps", app, "messages", `${locale}.json`), "utf8")) as TCatalogue);

describe.each(APPS)("the %s app's messages", (app) => {
  const catalogues = new Map(LOCALES.map((locale) => [locale, catalogue(app, locale)]));
  const english = catalogues.get("en") ?? new Map<string, string>();
  const uses = sourceFiles(path.join(root, "apps", app, "src")).map((file) => ({
    file: path.relative(root, file),
    ...usedKeys(readFileSync(file, "utf8")),
  }));

  it("uses only keys written as literals, so this test can check them", () => {
    expect(uses.flatMap(({ file, unreadable }) => unreadable.map((call) => `${file}: ${call}`))).toEqual([]);
  });

  it.each(LOCALES)("has every key and namespace the source uses in %s", (locale) => {
    const messages = catalogues.get(locale) ?? new Map<string, string>();
    const missing = uses.flatMap(({ file, keys }) =>
      keys.filter((key) => !messages.has(key)).map((key) => `${file}: ${key}`),
    );
    const namespaces = [...messages.keys()].map((key) => key.split(".")[0]);
    const missingNamespaces = uses.flatMap(({ file, namespaces: used }) =>
      used.filter((namespace) => !namespaces.includes(namespace)).map((namespace) => `${file}: ${namespace}`),
    );
    expect([...missing, ...missingNamespaces]).toEqual([]);
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))(
    "translates every English message into %s, keeping its arguments",
    (locale) => {
      const messages = catalogues.get(locale) ?? new Map<string, string>();
      expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
      const changed = [...english].filter(
        ([key, message]) => placeholders(message).join() !== placeholders(messages.get(key) ?? "").join(),
      );
      expect(changed.map(([key]) => key)).toEqual([]);
      const leftInEnglish = [...messages].flatMap(([key, message]) =>
        latinWords(visibleText(message))
          .filter((word) => !KEPT_IN_LATIN.has(word))
          .map((word) => `${key}: ${word}`),
      );
      expect(leftInEnglish).toEqual([]);
    },
  );
});
