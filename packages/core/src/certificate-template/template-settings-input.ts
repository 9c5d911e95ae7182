import type { Prisma } from "@vax/db";
import { parseTemplateSettings, TemplateSettingsError, type TTemplateSettings } from "@vax/pdf";
import { AppError } from "../errors";

/**
 * Checks settings sent by an admin with the renderer's own rules. A wrong field is a
 * VALIDATION_FAILED naming it under `settings.`, so a form shows the message beside the field.
 */
export const checkedTemplateSettings = (settings: unknown): TTemplateSettings => {
  try {
    return parseTemplateSettings(settings);
  } catch (error) {
    if (!(error instanceof TemplateSettingsError)) throw error;
    throw new AppError(
      "VALIDATION_FAILED",
      error.message,
      error.issues.map((issue) => ({
        path: issue.path ? `settings.${issue.path}` : "settings",
        message: issue.message,
      })),
    );
  }
};

/**
 * The settings as a version stores them: complete, every default written out, so a version renders
 * the same after a later release changes a default.
 */
export const storedTemplateSettings = (settings: unknown): Prisma.InputJsonValue =>
  JSON.parse(JSON.stringify(checkedTemplateSettings(settings))) as Prisma.InputJsonValue;

/** A saved version's settings as the editor starts from them (stored settings are already complete and checked). */
export const parseStoredTemplateSettings = (settings: unknown): TTemplateSettings => checkedTemplateSettings(settings);
