"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import type { TLocale } from "@vax/config/i18n";
import type { TRuleImportReport, TRuleReference } from "@vax/core";
import { Alert, Button, ReadyForm } from "@vax/ui";
import { inPageLanguage } from "@vax/ui/translated-resolver";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { fetchJson } from "@/lib/fetch-json";

// The browser's file input gives a FileList, which the server's render has no class for.
const ruleFileChoice = (message: string) =>
  z.object({
    files: z.custom<FileList>(
      (value) => typeof FileList !== "undefined" && value instanceof FileList && value.length === 1,
      message,
    ),
  });

const names = (rules: TRuleReference[]) => rules.map((rule) => `${rule.identifier} ${rule.version} (${rule.country})`);

const ReportLine = ({ label, items }: { label: string; items: string[] }) =>
  items.length > 0 ? (
    <li>
      <span className="font-medium">
        {label}: {items.length}
      </span>{" "}
      <span className="text-slate-600">{items.join(", ")}</span>
    </li>
  ) : null;

/** What an import did: rules added, new versions, unchanged, and each refused rule with its reason. */
const ImportReport = ({ report }: { report: TRuleImportReport }) => {
  const t = useTranslations("RuleImport");
  return (
    <section aria-label={t("report")} className="flex flex-col gap-2 text-sm">
      <ul className="flex flex-col gap-1">
        <ReportLine label={t("added")} items={names(report.added)} />
        <ReportLine label={t("newVersions")} items={names(report.changed)} />
        <ReportLine label={t("unchanged")} items={names(report.unchanged)} />
      </ul>
      {report.refused.length > 0 ? (
        <div>
          <p className="font-medium text-red-800">
            {t("refused")}: {report.refused.length}
          </p>
          <ul className="list-disc pl-5 text-red-800">
            {report.refused.map((refusal) => (
              <li key={`${refusal.item}-${refusal.reason}`}>
                {refusal.item}: {refusal.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
};

/**
 * Imports a rule file in the EU rule format (one rule, a list, or the EU gateway's download) and shows what it
 * added, changed and refused, and why.
 */
export const RuleImport = () => {
  const t = useTranslations("RuleImport");
  const queryClient = useQueryClient();
  const [report, setReport] = useState<TRuleImportReport | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => ruleFileChoice(t("chooseFile")), [t]);
  const locale = useLocale() as TLocale;
  const form = useForm<z.input<typeof schema>>({ resolver: inPageLanguage(zodResolver(schema), locale) });
  const submit = form.handleSubmit(async ({ files }) => {
    setFormError(null);
    setReport(null);
    const file = files.item(0);
    if (!file) return;
    try {
      const text = await file.text();
      try {
        JSON.parse(text);
      } catch {
        return setFormError(t("notJson", { file: file.name }));
      }
      setReport(await fetchJson<TRuleImportReport>("/api/v1/rules/import", { method: "POST", body: text }));
      form.reset();
      await queryClient.invalidateQueries({ queryKey: ["rules"] });
    } catch (error) {
      setFormError(error instanceof Error ? error.message : t("failed"));
    }
  });
  const fileError = form.formState.errors.files?.message;
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold">{t("heading")}</h2>
      <ReadyForm onSubmit={submit} className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-slate-700">{t("file")}</span>
          <input
            type="file"
            accept=".json,application/json"
            aria-invalid={!!fileError}
            className="text-sm"
            {...form.register("files")}
          />
          {fileError ? <span className="text-red-700">{String(fileError)}</span> : null}
        </label>
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? t("importing") : t("import")}
        </Button>
      </ReadyForm>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {report ? <ImportReport report={report} /> : null}
    </section>
  );
};
