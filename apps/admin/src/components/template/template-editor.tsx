"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { TLocale } from "@vax/config/i18n";
import type { TTemplateEditorOptions, TTemplateSettings } from "@vax/core";
import { ZTemplateCreateInput } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, SelectField, TextField } from "@vax/ui";
import { inPageLanguage } from "@vax/ui/translated-resolver";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { type FieldPath, get, useForm, useWatch } from "react-hook-form";
import { ApiError, fetchJson } from "@/lib/fetch-json";
import { TemplateBlocksFieldset } from "./template-blocks-fieldset";
import { formSettings, sentSettings, type TTemplateFormValues, useTemplateNames } from "./template-form-values";
import { TemplateLabelsFieldset } from "./template-labels-fieldset";
import { TemplatePreview } from "./template-preview";
import { useTemplatePreview } from "./use-template-preview";

/**
 * Props of {@link TemplateEditor}: a template to edit (its schema and latest settings), or none for a new one, with
 * the schemas a new one may print besides vaccination certificates.
 */
export type TemplateEditorProps = {
  options: TTemplateEditorOptions;
  template?: { id: string; name: string; schemaId: string | null; settings: TTemplateSettings };
  schemas?: ReadonlyArray<{ id: string; title: string; defaultSettings: TTemplateSettings }>;
};

/**
 * Edits a template's settings beside the real PDF they print: a new template is saved as its
 * version 1, an edited one as its next version. Field errors from the server (the renderer's rules)
 * are put beside their fields, from a save or from the live preview.
 */
export const TemplateEditor = ({ options, template, schemas = [] }: TemplateEditorProps) => {
  const router = useRouter();
  const t = useTranslations("TemplateEditor");
  const names = useTemplateNames();
  const locale = useLocale() as TLocale;
  const form = useForm<TTemplateFormValues>({
    // The name is checked in the browser; the settings by the renderer's rules on the server.
    resolver: inPageLanguage(zodResolver(ZTemplateCreateInput), locale) as never,
    defaultValues: {
      name: template?.name ?? "",
      settings: formSettings(template?.settings ?? options.defaultSettings),
    },
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const settings = useWatch({ control: form.control, name: "settings" }) as TTemplateSettings;
  const [previewLang, setPreviewLang] = useState("en");
  // Chosen once, when the template is made: its versions all print the same kind of credential.
  const [schemaId, setSchemaId] = useState(template?.schemaId ?? "");
  const preview = useTemplatePreview(sentSettings(settings), previewLang, schemaId || null);
  const previewErrors = new Map((preview.error?.details ?? []).map((detail) => [detail.path, detail.message]));
  const errorAt = (path: string) =>
    (get(form.formState.errors, path) as { message?: string } | undefined)?.message ?? previewErrors.get(path);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setSaved(null);
    try {
      const body = JSON.stringify({ name: values.name, settings: sentSettings(values.settings) });
      if (!template) {
        const created = await fetchJson<{ id: string }>("/api/v1/templates", {
          method: "POST",
          body: JSON.stringify({
            name: values.name,
            schemaId: schemaId || null,
            settings: sentSettings(values.settings),
          }),
        });
        router.push(`/templates/${created.id}`);
        return;
      }
      const version = await fetchJson<{ version: number }>(`/api/v1/templates/${template.id}/versions`, {
        method: "POST",
        body,
      });
      setSaved(t("savedAs", { version: version.version }));
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) return setFormError(t("unreachable"));
      for (const detail of error.body.error.details) {
        if (detail.path) form.setError(detail.path as FieldPath<TTemplateFormValues>, { message: detail.message });
      }
      setFormError(error.body.error.message);
    }
  });

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <ReadyForm
        onSubmit={submit}
        className="flex min-w-0 flex-col gap-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      >
        {template ? null : (
          <>
            <TextField label={t("name")} {...form.register("name")} error={errorAt("name")} />
            <SelectField
              label={t("prints")}
              hint={t("printsHint")}
              value={schemaId}
              onChange={(event) => {
                const chosen = event.target.value;
                setSchemaId(chosen);
                // A new template starts from the chosen kind's built-in look: its title in each language.
                const start = schemas.find(({ id }) => id === chosen)?.defaultSettings ?? options.defaultSettings;
                form.reset({ name: form.getValues("name"), settings: formSettings(start) });
              }}
              options={[
                { value: "", label: t("vaccinationCertificates") },
                ...schemas.map(({ id, title }) => ({ value: id, label: t("schemaCredentials", { title }) })),
              ]}
              error={errorAt("schemaId")}
            />
          </>
        )}
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <SelectField
            label={t("paperSize")}
            // A4 and A5 read the same in every language; only Letter is a word.
            options={options.paperSizes.map((size) => ({
              value: size,
              label: size === "Letter" ? t("paperLetter") : size,
            }))}
            {...form.register("settings.paper")}
            error={errorAt("settings.paper")}
          />
          <TextField
            label={t("accentColour")}
            hint={t("accentColourHint", { example: "#0B4F8A" })}
            {...form.register("settings.accentColor")}
            error={errorAt("settings.accentColor")}
          />
        </div>
        <TemplateLabelsFieldset form={form} options={options} errorAt={errorAt} />
        <TemplateBlocksFieldset form={form} options={options} errorAt={errorAt} />
        <div className="flex flex-col gap-3">
          {formError ? <Alert tone="error">{formError}</Alert> : null}
          {saved ? <Alert tone="success">{saved}</Alert> : null}
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? t("saving") : template ? t("saveVersion") : t("create")}
            </Button>
            <Link
              href="/templates"
              className="inline-flex items-center rounded-md border border-slate-300 px-4 py-2 text-sm"
            >
              {t("cancel")}
            </Link>
          </div>
        </div>
      </ReadyForm>
      <div className="flex min-w-0 flex-col gap-3">
        <SelectField
          label={t("previewLanguage")}
          value={previewLang}
          onChange={(event) => setPreviewLang(event.target.value)}
          options={options.languages.map((language) => ({
            value: language,
            label: language === "en" ? names.language("en") : t("englishAnd", { language: names.language(language) }),
          }))}
        />
        <TemplatePreview preview={preview} />
      </div>
    </div>
  );
};
