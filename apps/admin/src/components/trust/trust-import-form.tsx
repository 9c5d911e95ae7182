"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { TTrustImportReport } from "@vax/core";
import type { TErrorBody } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, SelectField, TextField } from "@vax/ui";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { TrustImportReport } from "./trust-import-report";

type TErrors = { message: string; fields: Record<string, string> };

const errorsOf = (body: TErrorBody | null, status: string): TErrors => ({
  message: body?.error.message ?? status,
  fields: Object.fromEntries((body?.error.details ?? []).map((detail) => [detail.path, detail.message])),
});

const FileField = ({ label, name, hint, error }: { label: string; name: string; hint: string; error?: string }) => (
  <label className="flex flex-col gap-1 text-sm">
    <span className="font-medium text-slate-700">{label}</span>
    <input
      type="file"
      name={name}
      accept=".json,.pem,.crt,.txt,application/json"
      className="text-sm"
      aria-invalid={!!error}
    />
    {error ? (
      <span role="alert" className="text-red-700">
        {error}
      </span>
    ) : (
      <span className="text-xs text-slate-500">{hint}</span>
    )}
  </label>
);

/** Imports a trust document from a file and shows what it added, changed and refused, and why. */
export const TrustImportForm = () => {
  const t = useTranslations("TrustImportForm");
  const kindOptions = [
    { value: "auto", label: t("kindAuto") },
    { value: "dsc-list", label: t("kindDscList") },
    { value: "trust-list", label: t("kindTrustList") },
    { value: "jwks", label: t("kindJwks") },
  ];
  const queryClient = useQueryClient();
  const [report, setReport] = useState<TTrustImportReport | null>(null);
  const [errors, setErrors] = useState<TErrors | null>(null);
  const [pending, setPending] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setErrors(null);
    setReport(null);
    try {
      const body = new FormData(event.currentTarget);
      // The picker gives the browser's local time; the server is told the instant, not its own zone's reading.
      const validAt = body.get("validAt");
      if (typeof validAt === "string" && validAt) body.set("validAt", new Date(validAt).toISOString());
      const response = await fetch("/api/v1/trusted-issuers/import", { method: "POST", body });
      const answer = await response.json().catch(() => null);
      if (!response.ok) return setErrors(errorsOf(answer as TErrorBody | null, response.statusText));
      setReport(answer as TTrustImportReport);
      await queryClient.invalidateQueries({ queryKey: ["trusted-issuers"] });
    } catch {
      setErrors({ message: t("unreachable"), fields: {} });
    } finally {
      setPending(false);
    }
  };
  const field = (name: string) => errors?.fields[name];
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <ReadyForm onSubmit={submit} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6">
        <FileField
          label={t("file")}
          name="file"
          hint={t("fileHint", { shape: "[{kid, country, certificateType, rawData}]" })}
          error={field("file")}
        />
        <SelectField label={t("kind")} name="kind" options={kindOptions} defaultValue="auto" error={field("kind")} />
        <TextField
          label={t("issuerUrl")}
          name="issuerUrl"
          hint={t("issuerUrlHint", { claim: "iss", example: "https://spec.smarthealth.cards/examples/issuer" })}
          error={field("issuerUrl")}
        />
        <FileField
          label={t("cscaFile")}
          name="cscaFile"
          hint={t("cscaFileHint", { der: "base64 DER" })}
          error={field("cscaFile")}
        />
        <TextField
          label={t("validAt")}
          name="validAt"
          type="datetime-local"
          hint={t("validAtHint")}
          error={field("validAt")}
        />
        <div>
          <Button type="submit" disabled={pending}>
            {pending ? t("importing") : t("import")}
          </Button>
        </div>
        {errors ? <Alert tone="error">{errors.message}</Alert> : null}
      </ReadyForm>
      {report ? <TrustImportReport report={report} /> : null}
    </div>
  );
};
