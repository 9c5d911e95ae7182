"use client";

import type { TSchemaCredentialView } from "@vax/core";
import { Alert, Button, ReadyForm, SelectField, TextField } from "@vax/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { callApi } from "@/lib/api-call";
import { CertificateQr } from "./certificate-qr";

type TTestReportFields = { testType: string; testName: string; result: string; sampleCollectedAt: string };

// Test types and results are the values the credential states, in every language.
const options = (choose: string, values: string[]) => [
  { value: "", label: choose },
  ...values.map((value) => ({ value, label: value })),
];

// A datetime-local value is the device's own time; the API takes an instant.
const instant = (local: string) => (local ? new Date(local).toISOString() : "");

/**
 * Records a COVID-19 test of the recipient and shows its test report's QR. Online only: a test report is issued
 * there and then, so offline the form says so instead of queueing. The server's refusal shows beside its field.
 */
export const TestReportForm = ({ recipientId, online }: { recipientId: string; online: boolean }) => {
  const t = useTranslations("TestReport");
  const form = useForm<TTestReportFields>({
    defaultValues: { testType: "", testName: "", result: "", sampleCollectedAt: "" },
  });
  const [issued, setIssued] = useState<TSchemaCredentialView | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = form.handleSubmit(async (fields) => {
    setRefusal(null);
    const outcome = await callApi<TSchemaCredentialView>("/api/v1/test-reports", {
      method: "POST",
      body: JSON.stringify({
        idempotencyKey: crypto.randomUUID(),
        recipientId,
        testType: fields.testType,
        ...(fields.testName ? { testName: fields.testName } : {}),
        result: fields.result,
        sampleCollectedAt: instant(fields.sampleCollectedAt),
      }),
    });
    if (outcome.kind === "ok") return setIssued(outcome.body);
    if (outcome.kind === "unreachable") return setRefusal(t("unreachable"));
    for (const detail of outcome.error.details) {
      const field = detail.path.split(".")[0] as keyof TTestReportFields;
      if (field in fields) form.setError(field, { message: detail.message });
    }
    setRefusal(outcome.error.message);
  });
  const { register, formState } = form;
  const error = (field: keyof TTestReportFields) => formState.errors[field]?.message;
  return (
    <section
      aria-labelledby="test-report-heading"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="test-report-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {issued ? (
        <div className="flex flex-col items-start gap-2">
          <Alert tone="success">{t("issued", { id: issued.certificateId })}</Alert>
          <CertificateQr qr={issued.qr} certificateId={issued.certificateId} />
        </div>
      ) : (
        <ReadyForm onSubmit={submit} className="grid gap-3 sm:grid-cols-2">
          <SelectField
            label={t("test")}
            options={options(t("choose"), ["RT-PCR", "RAT", "Antibody"])}
            {...register("testType")}
            error={error("testType")}
          />
          <TextField label={t("testName")} {...register("testName")} error={error("testName")} />
          <SelectField
            label={t("result")}
            options={options(t("choose"), ["Negative", "Positive", "Inconclusive"])}
            {...register("result")}
            error={error("result")}
          />
          <TextField
            label={t("sampleTakenAt")}
            type="datetime-local"
            {...register("sampleCollectedAt")}
            error={error("sampleCollectedAt")}
          />
          <div className="sm:col-span-2">
            <Button type="submit" disabled={!online || formState.isSubmitting}>
              {formState.isSubmitting ? t("submitting") : t("submit")}
            </Button>
          </div>
        </ReadyForm>
      )}
      {refusal ? <Alert tone="error">{refusal}</Alert> : null}
      {!online && !issued ? <p className="text-sm text-slate-600">{t("onlineOnly")}</p> : null}
    </section>
  );
};
