"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { TLocale } from "@vax/config/i18n";
import type { TCredentialSchemaView } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, TextAreaField, TextField } from "@vax/ui";
import { inPageLanguage } from "@vax/ui/translated-resolver";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { ApiError, fetchJson } from "@/lib/fetch-json";
import { formFieldOf, schemaFormSchemas, type TSchemaFormFields } from "@/lib/schema-form";

const EXAMPLE = JSON.stringify(
  {
    type: "object",
    required: ["name"],
    properties: { name: { type: "string" } },
  },
  null,
  2,
);

/** Props of {@link SchemaForm}: the schema to publish a new version of, or none for a new schema. */
export type SchemaFormProps = { schema?: TCredentialSchemaView };

/**
 * Creates a credential schema with its first version, or publishes the next version of one (prefilled from its
 * newest). The JSON Schema is edited as text: a parse error is shown under it before anything is sent, and the API's
 * problems (a remote $ref, an unknown keyword, a QR field the schema lacks) beside the field they concern.
 */
export const SchemaForm = ({ schema }: SchemaFormProps) => {
  const router = useRouter();
  const newest = schema?.versions.at(-1);
  const t = useTranslations("SchemaForm");
  const checks = useMemo(
    () =>
      schemaFormSchemas({
        required: t("required"),
        notAnObject: t("notAnObject", { example: "{ … }" }),
        notJson: (reason) => t("notJson", { reason }),
      }),
    [t],
  );
  const locale = useLocale() as TLocale;
  const form = useForm<TSchemaFormFields>({
    // biome-ignore lint/suspicious/noExplicitAny: the resolver's output (parsed JSON, lists) differs from the text fields
    resolver: inPageLanguage(zodResolver((schema ? checks.version : checks.created) as any), locale) as any,
    mode: "onTouched",
    defaultValues: {
      name: "",
      title: "",
      description: "",
      credentialType: newest?.credentialType ?? "",
      subjectSchema: newest ? JSON.stringify(newest.subjectSchema, null, 2) : EXAMPLE,
      qrFields: newest?.qrFields.join(", ") ?? "",
      verifierFields: newest?.verifierFields.join(", ") ?? "",
    },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await fetchJson<TCredentialSchemaView>(
        schema ? `/api/v1/schemas/${schema.id}/versions` : "/api/v1/schemas",
        { method: "POST", body: JSON.stringify(values) },
      );
      router.push(`/schemas/${saved.id}`);
      router.refresh();
    } catch (error) {
      if (!(error instanceof ApiError)) return setFormError(t("unreachable"));
      for (const detail of error.body.error.details) {
        const field = formFieldOf(detail.path);
        if (field) form.setError(field, { message: `${detail.path}: ${detail.message}` });
      }
      setFormError(error.body.error.message);
    }
  });
  const { register, formState } = form;
  const error = (field: keyof TSchemaFormFields) => formState.errors[field]?.message as string | undefined;
  return (
    <section className="flex max-w-3xl flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      {schema ? (
        <h2 className="text-base font-semibold">{t("publishHeading", { version: (newest?.version ?? 0) + 1 })}</h2>
      ) : null}
      <ReadyForm onSubmit={submit} className="flex flex-col gap-4">
        {schema ? null : (
          <>
            <TextField
              label={t("name")}
              hint={t("nameHint", { example: "training-certificate" })}
              {...register("name")}
              error={error("name")}
            />
            <TextField label={t("title")} {...register("title")} error={error("title")} />
            <TextField label={t("description")} {...register("description")} error={error("description")} />
          </>
        )}
        <TextField
          label={t("credentialType")}
          hint={t("credentialTypeHint", { example: "TrainingCertificateCredential" })}
          {...register("credentialType")}
          error={error("credentialType")}
        />
        <TextAreaField
          label={t("subjectSchema")}
          hint={t("subjectSchemaHint", { ref: "$ref" })}
          rows={14}
          spellCheck={false}
          {...register("subjectSchema")}
          error={error("subjectSchema")}
        />
        <TextField label={t("qrFields")} hint={t("qrFieldsHint")} {...register("qrFields")} error={error("qrFields")} />
        <TextField
          label={t("verifierFields")}
          hint={t("verifierFieldsHint")}
          {...register("verifierFields")}
          error={error("verifierFields")}
        />
        <div>
          <Button type="submit" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t("publishing") : schema ? t("publish") : t("create")}
          </Button>
        </div>
      </ReadyForm>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
    </section>
  );
};
