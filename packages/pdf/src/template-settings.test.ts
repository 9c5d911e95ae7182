import { describe, expect, it } from "vitest";
import { MAX_IMAGE_BYTES } from "./settings/image-data-url.ts";
import {
  defaultTemplateSettings,
  parseTemplateSettings,
  TemplateSettingsError,
  type TTemplateSettings,
} from "./template-settings.ts";

const issuesOf = (json: unknown) => {
  try {
    parseTemplateSettings(json);
  } catch (error) {
    if (error instanceof TemplateSettingsError) return { message: error.message, issues: error.issues };
    throw error;
  }
  throw new Error("expected the settings to be refused");
};

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const pngDataUrl = (bytes = PNG) => `data:image/png;base64,${bytes.toString("base64")}`;
const block = <T extends TTemplateSettings["blocks"][number]["type"]>(settings: TTemplateSettings, type: T) =>
  settings.blocks.find((each): each is Extract<typeof each, { type: T }> => each.type === type);

describe("parseTemplateSettings", () => {
  it("gives the built-in template, version 2, for a template that sets nothing", () => {
    for (const nothing of [null, undefined, {}])
      expect(parseTemplateSettings(nothing)).toEqual(defaultTemplateSettings);
    expect(defaultTemplateSettings.version).toBe(2);
    expect(defaultTemplateSettings.paper).toBe("A4");
    expect(defaultTemplateSettings.blocks.map(({ type, enabled }) => `${type}:${enabled}`)).toEqual([
      "header:true",
      "holder:true",
      "qr:true",
      "event:true",
      "signature:false",
      "footer:true",
    ]);
    expect(defaultTemplateSettings.labels.en.title).toBe("Certificate of Vaccination");
    expect(defaultTemplateSettings.labels.hi?.title).toBe("टीकाकरण प्रमाणपत्र");
    expect(defaultTemplateSettings.labels.ar?.fields?.vaccine).toBe("اللقاح");
    expect(block(defaultTemplateSettings, "qr")?.sizeMm).toBe(62);
    expect(block(defaultTemplateSettings, "event")?.fields).toBeNull();
  });

  it("reads the flat settings stored before version 2 into blocks and English labels", () => {
    const settings = parseTemplateSettings({
      title: "  Immunisation Record ",
      subtitle: null,
      footerText: "Questions? Call 1075.",
      accentColor: "#aa3300",
      showIdentifier: false,
      logo: "a key no version had, ignored",
    });
    expect(settings.accentColor).toBe("#aa3300");
    expect(settings.labels.en).toEqual({
      title: "Immunisation Record",
      subtitle: defaultTemplateSettings.labels.en.subtitle,
      footer: "Questions? Call 1075.",
      fields: defaultTemplateSettings.labels.en.fields,
    });
    // The default Hindi title would translate a title the ministry replaced; its untouched subtitle's translation stays.
    expect(settings.labels.hi?.title).toBeUndefined();
    expect(settings.labels.hi?.subtitle).toBe(defaultTemplateSettings.labels.hi?.subtitle);
    expect(block(settings, "holder")?.fields).toEqual(["name", "birthDate", "gender"]);
    expect(parseTemplateSettings({ showIdentifier: true })).toEqual(defaultTemplateSettings);
  });

  it("names each wrong field of the flat settings and why", () => {
    const { message, issues } = issuesOf({ accentColor: "blue", showIdentifier: "yes", title: " " });
    expect(issues).toEqual([
      { path: "title", message: "Title must not be empty" },
      { path: "accentColor", message: "Accent colour must be a colour like #0B4F8A (# and six hexadecimal digits)" },
      { path: "showIdentifier", message: "Show identity number must be true or false" },
    ]);
    expect(message).toContain("Invalid certificate template settings: Title must not be empty; Accent colour");
  });

  it("keeps the blocks in the order given, adding the kinds left out switched off", () => {
    const settings = parseTemplateSettings({
      paper: "A5",
      blocks: [
        { type: "qr", sizeMm: 45 },
        { type: "event", fields: ["testType", "result", "sampleCollectionTimestamp", "facility_name"] },
        { type: "footer", enabled: false },
      ],
      labels: {
        en: { title: "Test Report", fields: { facility_name: "Testing laboratory" } },
        hi: { title: "जाँच रिपोर्ट" },
      },
    });
    expect(settings.paper).toBe("A5");
    expect(settings.blocks.map(({ type, enabled }) => `${type}:${enabled}`)).toEqual([
      "qr:true",
      "event:true",
      "footer:false",
      "header:false",
      "holder:false",
      "signature:false",
    ]);
    expect(block(settings, "event")?.fields).toEqual([
      "testType",
      "result",
      "sampleCollectionTimestamp",
      "facility_name",
    ]);
    expect(settings.labels.en).toEqual({
      title: "Test Report",
      subtitle: defaultTemplateSettings.labels.en.subtitle,
      footer: defaultTemplateSettings.labels.en.footer,
      fields: { facility_name: "Testing laboratory" },
    });
    expect(settings.labels.hi).toEqual({ title: "जाँच रिपोर्ट" });
    expect(settings.labels.ar).toBeUndefined();
  });

  it("takes a PNG or JPEG logo and signature up to 256 KiB, and no bigger or other picture", () => {
    const jpeg = `data:image/jpeg;base64,${Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]).toString("base64")}`;
    const settings = parseTemplateSettings({
      blocks: [
        { type: "header", logo: pngDataUrl() },
        { type: "signature", image: jpeg, signatoryName: "Dr A. Sharma", signatoryTitle: "Director" },
      ],
    });
    expect(block(settings, "header")?.logo).toBe(pngDataUrl());
    expect(block(settings, "signature")).toMatchObject({ enabled: true, image: jpeg, signatoryName: "Dr A. Sharma" });

    const padded = (size: number) => pngDataUrl(Buffer.concat([PNG, Buffer.alloc(size - PNG.length)]));
    expect(parseTemplateSettings({ blocks: [{ type: "header", logo: padded(MAX_IMAGE_BYTES) }] })).toBeTruthy();
    expect(issuesOf({ blocks: [{ type: "header", logo: padded(MAX_IMAGE_BYTES + 3) }] }).issues).toEqual([
      { path: "blocks.0.logo", message: "Logo is at most 256 KiB" },
    ]);
    expect(issuesOf({ blocks: [{ type: "header", logo: "data:image/svg+xml;base64,PHN2Zz4=" }] }).issues).toEqual([
      { path: "blocks.0.logo", message: "Logo must be a PNG or JPEG data: URL" },
    ]);
    expect(issuesOf({ blocks: [{ type: "signature", image: jpeg.replace("jpeg", "png") }] }).issues).toEqual([
      { path: "blocks.0.image", message: "Signature image is not a PNG picture" },
    ]);
  });

  it("names each wrong field of version 2 by its path", () => {
    const { issues } = issuesOf({
      paper: "A3",
      blocks: [{ type: "qr", sizeMm: 20 }, { type: "holder", fields: ["name", "shoeSize"] }, { type: "qr" }],
      labels: { en: { title: "" }, hi: { fields: { "bad key": "x" } } },
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: "paper", message: "Paper is one of A4, Letter, A5" },
        { path: "blocks.0.sizeMm", message: "QR size is at least 40 mm, or phones cannot read it from paper" },
        { path: "blocks.1.fields.1", message: "A holder field is one of name, birthDate, gender, identifier" },
        { path: "labels.en.title", message: "Title must not be empty" },
        { path: "labels.hi.fields.bad key", message: "A field key is a letter then up to 63 letters, digits or _" },
      ]),
    );
    expect(issuesOf({ blocks: [{ type: "qr" }, { type: "qr" }] }).issues).toEqual([
      { path: "blocks.1.type", message: "Only one qr block" },
    ]);
    expect(issuesOf({ blocks: [{ type: "qr", sizeMm: 101 }] }).issues[0]?.message).toBe("QR size is at most 100 mm");
    expect(issuesOf({ version: 3 }).issues).toEqual([{ path: "version", message: "Settings version must be 2" }]);
    expect(issuesOf({ labels: { en: { footer: "x".repeat(401) } } }).issues).toEqual([
      { path: "labels.en.footer", message: "Footer text is at most 400 characters" },
    ]);
  });

  it("refuses settings that are not a JSON object", () => {
    expect(issuesOf("dark").issues).toEqual([{ path: "", message: "Template settings must be a JSON object" }]);
    expect(issuesOf([1, 2]).issues).toEqual([{ path: "", message: "Template settings must be a JSON object" }]);
  });
});
