import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { coreMessages } from "./core-message-literals";
import { KEPT_IN_LATIN } from "./kept-in-latin";
import { latinWords } from "./message-keys";

const root = fileURLToPath(new URL("../../", import.meta.url));
const catalogueOf = (locale: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(root, "packages/core/src/messages", `${locale}.json`), "utf8"));
const placeholdersOf = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
// A message that is nothing but its variable parts ("{status}{reason}") has no words to translate.
const hasWords = (message: string) => /[A-Za-z]/.test(message.replace(/\{\w+\}/g, ""));

// The packages whose messages reach people through the API's answers.
const SOURCES = ["packages/core/src", "packages/auth/src"];

describe("the messages of the core and the API's edge", () => {
  const written = new Map(SOURCES.flatMap((source) => [...coreMessages(path.join(root, source))]));
  const english = [...written.keys()].filter(hasWords);

  it("finds the messages the sources write", () => {
    expect(english).toContain("The request has invalid fields");
    expect(english).toContain("Wrong code. You have {triesLeft} {triesLeft2} left.");
    expect(english.length).toBeGreaterThan(250);
  });

  it.each(["hi", "ar"])(
    "has every message in %s, with no variable part it does not have and no English left",
    (locale) => {
      const catalogue = catalogueOf(locale);
      expect(
        english
          .filter((message) => catalogue[message] === undefined)
          .map((message) => `${written.get(message)}: ${message}`),
      ).toEqual([]);
      const wrongPlaceholders = Object.entries(catalogue).filter(([message, translation]) =>
        placeholdersOf(translation).some((name) => !placeholdersOf(message).includes(name)),
      );
      expect(wrongPlaceholders.map(([message]) => message)).toEqual([]);
      const leftInEnglish = Object.entries(catalogue).flatMap(([message, translation]) =>
        latinWords(translation.replace(/\{\w+\}/g, " "))
          .filter((word) => !KEPT_IN_LATIN.has(word))
          .map((word) => `${message}: ${word}`),
      );
      expect(leftInEnglish).toEqual([]);
    },
  );

  it("translates the same messages in every language", () => {
    expect(Object.keys(catalogueOf("ar")).sort()).toEqual(Object.keys(catalogueOf("hi")).sort());
  });
});
