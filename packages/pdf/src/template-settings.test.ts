import { describe, expect, it } from "vitest";
import { defaultTemplateSettings, parseTemplateSettings, TemplateSettingsError } from "./template-settings.ts";

const issuesOf = (json: unknown) => {
  try {
    parseTemplateSettings(json);
  } catch (error) {
    if (error instanceof TemplateSettingsError) return { message: error.message, issues: error.issues };
    throw error;
  }
  throw new Error("expected the settings to be refused");
};

describe("parseTemplateSettings", () => {
  it("gives the defaults for a template that sets nothing", () => {
    expect(parseTemplateSettings(null)).toEqual(defaultTemplateSettings);
    expect(parseTemplateSettings(undefined)).toEqual(defaultTemplateSettings);
    expect(parseTemplateSettings({})).toEqual(defaultTemplateSettings);
  });

  it("keeps what the template sets and fills each field it leaves out or clears", () => {
    expect(parseTemplateSettings({ title: "  Immunisation Record ", accentColor: "#aa3300", subtitle: null })).toEqual({
      ...defaultTemplateSettings,
      title: "Immunisation Record",
      accentColor: "#aa3300",
    });
    expect(parseTemplateSettings({ showIdentifier: false, footerText: "" })).toEqual({
      ...defaultTemplateSettings,
      showIdentifier: false,
      footerText: "",
    });
  });

  it("ignores settings it does not know, such as those of a later version", () => {
    expect(parseTemplateSettings({ logo: "seal.png", title: "Record" })).toEqual({
      ...defaultTemplateSettings,
      title: "Record",
    });
  });

  it("names each wrong field and why", () => {
    const { message, issues } = issuesOf({ accentColor: "blue", showIdentifier: "yes", title: " " });
    expect(issues).toEqual([
      { path: "title", message: "Title must not be empty" },
      { path: "accentColor", message: "Accent colour must be a colour like #0B4F8A (# and six hexadecimal digits)" },
      { path: "showIdentifier", message: "Show identity number must be true or false" },
    ]);
    expect(message).toContain("Invalid certificate template settings: Title must not be empty; Accent colour");
  });

  it("refuses a colour that is not six hexadecimal digits, and text that is too long", () => {
    expect(issuesOf({ accentColor: "#12345" }).issues[0]?.path).toBe("accentColor");
    expect(issuesOf({ accentColor: "#GGGGGG" }).issues[0]?.path).toBe("accentColor");
    expect(issuesOf({ footerText: "x".repeat(401) }).issues).toEqual([
      { path: "footerText", message: "Footer text is at most 400 characters" },
    ]);
    expect(issuesOf({ subtitle: 7 }).issues).toEqual([{ path: "subtitle", message: "Subtitle must be text" }]);
  });

  it("refuses settings that are not a JSON object", () => {
    expect(issuesOf("dark").issues).toEqual([{ path: "", message: "Template settings must be a JSON object" }]);
    expect(issuesOf([1, 2]).issues).toEqual([{ path: "", message: "Template settings must be a JSON object" }]);
  });
});
