"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import type { TLocale } from "@vax/config/i18n";
import { bulkKinds, type TBulkKind, ZBulkKind } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, SelectField } from "@vax/ui";
import { inPageLanguage } from "@vax/ui/translated-resolver";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { BULK_UPLOADS_KEY, uploadBulkFile } from "@/lib/bulk-uploads-api";
import { useBulkKindLabels } from "./bulk-kind-labels";
import { BulkTemplateColumns } from "./bulk-template-columns";

// The browser's file input gives a FileList, which the server's render has no class for.
const bulkUploadChoice = (chooseFile: string) =>
  z.object({
    kind: ZBulkKind,
    files: z.custom<FileList>(
      (value) => typeof FileList !== "undefined" && value instanceof FileList && value.length === 1,
      chooseFile,
    ),
  });

type TBulkUploadChoice = z.input<ReturnType<typeof bulkUploadChoice>>;

/** Chooses a kind, offers its template and explains its columns, and uploads a CSV file of it. */
export const BulkUploadForm = () => {
  const t = useTranslations("BulkUploadForm");
  const kindLabels = useBulkKindLabels();
  const kindOptions = bulkKinds.map((kind) => ({ value: kind, label: kindLabels[kind] }));
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const locale = useLocale() as TLocale;
  const form = useForm<TBulkUploadChoice>({
    resolver: inPageLanguage(zodResolver(bulkUploadChoice(t("chooseFile"))), locale),
    defaultValues: { kind: "facilities" },
  });
  const kind = form.watch("kind") as TBulkKind;
  const submit = form.handleSubmit(async ({ kind: chosen, files }) => {
    setFormError(null);
    const file = files.item(0);
    if (!file) return;
    try {
      await uploadBulkFile(chosen, file);
      form.reset({ kind: chosen });
      await queryClient.invalidateQueries({ queryKey: BULK_UPLOADS_KEY });
    } catch (error) {
      setFormError(error instanceof Error ? error.message : t("failed"));
    }
  });
  const fileError = form.formState.errors.files?.message;
  return (
    <section className="mb-8 flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4">
      <ReadyForm onSubmit={submit} className="flex flex-wrap items-end gap-4">
        <SelectField label={t("kind")} options={kindOptions} {...form.register("kind")} />
        <a
          href={`/api/v1/bulk-uploads/templates/${kind}.csv`}
          download
          className="py-2 text-sm font-medium text-teal-800 underline"
        >
          {t("downloadTemplate", { kind: kindLabels[kind].toLowerCase() })}
        </a>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-slate-700">{t("file")}</span>
          <input
            type="file"
            accept=".csv,text/csv"
            aria-invalid={!!fileError}
            className="text-sm"
            {...form.register("files")}
          />
          {fileError ? <span className="text-red-700">{String(fileError)}</span> : null}
        </label>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("uploading") : t("upload")}
        </Button>
      </ReadyForm>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <BulkTemplateColumns kind={kind} />
    </section>
  );
};
