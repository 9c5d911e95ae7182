"use client";

import { Alert } from "@vax/ui";
import { useTranslations } from "next-intl";
import type { TTemplatePreview } from "./use-template-preview";

/** The preview PDF in a frame, with what state it is in announced to screen readers. */
export const TemplatePreview = ({ preview }: { preview: TTemplatePreview }) => {
  const t = useTranslations("TemplatePreview");
  return (
    <section aria-labelledby="template-preview-heading" className="flex flex-col gap-2">
      <div className="flex items-center justify-between">
        <h2 id="template-preview-heading" className="text-base font-semibold text-slate-900">
          {t("heading")}
        </h2>
        <p role="status" aria-live="polite" className="text-sm text-slate-600" data-testid="preview-status">
          {preview.pending ? t("updating") : preview.error ? t("failed") : t("upToDate")}
        </p>
      </div>
      {preview.error ? <Alert tone="error">{preview.error.message}</Alert> : null}
      {preview.url ? (
        <iframe
          title={t("frameTitle")}
          src={preview.url}
          className="h-[720px] w-full rounded-md border border-slate-300 bg-white"
        />
      ) : (
        <div className="flex h-[720px] items-center justify-center rounded-md border border-dashed border-slate-300 text-sm text-slate-500">
          {t("drawing")}
        </div>
      )}
    </section>
  );
};
