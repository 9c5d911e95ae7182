import { describe, expect, it } from "vitest";
import { flatten, latinWords, placeholders, usedKeys, visibleText } from "./message-keys";

describe("reading the keys a source file uses", () => {
  it("prefixes a translator's namespace and reads full keys from the catalogue-wide t", () => {
    const source = `
      const t = useTranslations("Card");
      const label = t("label", { id }) + t.rich("issued", { b: () => null });`;
    expect(usedKeys(source).keys).toEqual(["Card.label", "Card.issued"]);
    expect(usedKeys(`const label = (t: TTranslate) => t("Check.decode");`).keys).toEqual(["Check.decode"]);
    const root = `const t = useTranslations();\nconst tq = await getTranslations("Qr");\nt("Holder.name"); tq("show");`;
    expect(usedKeys(root).keys).toEqual(["Holder.name", "Qr.show"]);
    expect(usedKeys(root).namespaces).toEqual(["Qr"]);
  });

  it("reads a translator called at once, and reports keys that are not literals", () => {
    expect(usedKeys(`title: (await getTranslations("SignIn"))("pageTitle")`).keys).toEqual(["SignIn.pageTitle"]);
    expect(usedKeys("const t = useTranslations(); t(key)").unreadable).toHaveLength(1);
  });
});

describe("comparing catalogues", () => {
  it("flattens namespaces to full keys", () => {
    expect([...flatten({ A: { b: "x", C: { d: "y" } } }).keys()]).toEqual(["A.b", "A.C.d"]);
  });

  it("finds the arguments a translation must keep, and English left in one", () => {
    expect(placeholders("{count, plural, one {# dose} other {# doses}} by <b>{issuer}</b>")).toEqual([
      "<b>",
      "{count}",
      "{issuer}",
    ]);
    expect(latinWords(visibleText("{count, plural, one {# खुराक} other {# खुराकें}} PDF"))).toEqual(["PDF"]);
    expect(latinWords(visibleText("प्रमाणपत्र {name} Download"))).toEqual(["Download"]);
  });
});
