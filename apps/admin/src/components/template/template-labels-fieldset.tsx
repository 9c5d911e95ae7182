"use client";

import type { TTemplateEditorOptions } from "@vax/core";
import { TextAreaField, TextField } from "@vax/ui";
import { useTranslations } from "next-intl";
import type { UseFormReturn } from "react-hook-form";
import { type TTemplateFormValues, useTemplateNames } from "./template-form-values";

/**
 * The words of the certificate in each language: English in full, the others where they translate
 * it (a word left empty prints in English).
 */
export const TemplateLabelsFieldset = ({
  form,
  options,
  errorAt,
}: {
  form: UseFormReturn<TTemplateFormValues>;
  options: TTemplateEditorOptions;
  errorAt: (path: string) => string | undefined;
}) => {
  const fieldKeys = Object.keys(form.getValues("settings.labels.en.fields"));
  const t = useTranslations("TemplateEditor");
  const names = useTemplateNames();
  return (
    <fieldset className="min-w-0 flex flex-col gap-4">
      <legend className="mb-2 text-base font-semibold text-slate-900">{t("wordsLegend")}</legend>
      {options.languages.map((language) => {
        const path = `settings.labels.${language}` as "settings.labels.en";
        const name = names.language(language);
        // The words typed are in the certificate's language, the field's label in the portal's.
        const written = { lang: language, dir: language === "ar" ? "rtl" : "ltr" } as const;
        return (
          <fieldset key={language} className="grid min-w-0 grid-cols-1 gap-3 rounded-md border border-slate-200 p-3">
            <legend className="px-1 text-sm font-semibold text-slate-800">{name}</legend>
            <TextField
              label={t("titleIn", { language: name })}
              {...written}
              {...form.register(`${path}.title`)}
              error={errorAt(`${path}.title`)}
            />
            <TextField
              label={t("subtitleIn", { language: name })}
              {...written}
              {...form.register(`${path}.subtitle`)}
              error={errorAt(`${path}.subtitle`)}
            />
            <TextAreaField
              label={t("footerIn", { language: name })}
              {...written}
              {...form.register(`${path}.footer`)}
              error={errorAt(`${path}.footer`)}
            />
            <details>
              <summary className="cursor-pointer text-sm text-slate-700">
                {t("fieldNamesIn", { language: name })}
              </summary>
              <div className="mt-2 grid grid-cols-1 gap-3 sm:grid-cols-2">
                {fieldKeys.map((key) => (
                  <TextField
                    key={key}
                    label={`${form.getValues(`settings.labels.en.fields.${key}`)} (${name})`}
                    {...written}
                    {...form.register(`${path}.fields.${key}`)}
                    error={errorAt(`${path}.fields.${key}`)}
                  />
                ))}
              </div>
            </details>
          </fieldset>
        );
      })}
    </fieldset>
  );
};
