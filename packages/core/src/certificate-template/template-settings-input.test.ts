import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { ZProgrammeTemplateChoice, ZTemplateCreateInput, ZTemplateVersionPath } from "../schemas/certificate-template";
import { checkedTemplateSettings, storedTemplateSettings } from "./template-settings-input";

describe("template settings from an admin", () => {
  it("names each wrong field under settings., as a form shows it beside the field", () => {
    const error = (() => {
      try {
        checkedTemplateSettings({ paper: "B5", blocks: [{ type: "qr", sizeMm: 10 }] });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "VALIDATION_FAILED" });
    expect((error as AppError).details.map(({ path }) => path).sort()).toEqual([
      "settings.blocks.0.sizeMm",
      "settings.paper",
    ]);
  });

  it("refuses settings that are not an object as a whole", () => {
    expect(() => checkedTemplateSettings([])).toThrow(AppError);
    expect(ZTemplateCreateInput.safeParse({ name: "A", settings: "big" }).success).toBe(false);
  });

  it("stores every default written out, so a saved version never depends on a later default", () => {
    const stored = storedTemplateSettings({ labels: { en: { title: "Health Card" } } }) as Record<string, unknown>;
    expect(stored).toMatchObject({ version: 2, paper: "A4", labels: { en: { title: "Health Card" } } });
    expect(stored.blocks).toHaveLength(6);
  });

  it("reads a version path and a programme's choice", () => {
    expect(ZTemplateVersionPath.parse({ id: "x", version: "3" })).toEqual({ id: "x", version: 3 });
    expect(ZTemplateVersionPath.safeParse({ id: "x", version: "0" }).success).toBe(false);
    expect(ZTemplateVersionPath.safeParse({ id: "x", version: "2.5" }).success).toBe(false);
    expect(ZProgrammeTemplateChoice.parse({ templateVersionId: null })).toEqual({ templateVersionId: null });
    expect(ZProgrammeTemplateChoice.safeParse({ templateVersionId: "latest" }).success).toBe(false);
  });
});
