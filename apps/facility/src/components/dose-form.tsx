"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { TLocale } from "@vax/config/i18n";
import type { TDoseSuggestion } from "@vax/core";
import type { TErrorDetail } from "@vax/core/errors";
import { ZRecordDose } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, SelectField, TextField } from "@vax/ui";
import { inPageLanguage } from "@vax/ui/translated-resolver";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { type Path, useForm } from "react-hook-form";
import type { z } from "zod";
import { localToday } from "@/lib/local-date";
import type { TProgrammeChoice } from "@/lib/workplace-choices";

const ZDoseFields = ZRecordDose.omit({ idempotencyKey: true, recipientId: true });

/** What the vaccinator enters for one dose. */
export type TDoseFields = z.output<typeof ZDoseFields>;

type TDoseFormValues = { programmeId: string; vaccineId: string; batch: string; date: string; dose: string };

const fieldNames = ["programmeId", "vaccineId", "batch", "date", "dose"] as const;

/** What became of a submitted dose, as the form shows it. */
export type TDoseSubmitResult = { kind: "done" } | { kind: "refused"; message: string; details: TErrorDetail[] };

const suggested = (programmeId: string, suggestions: TDoseSuggestion[] | null) =>
  suggestions?.find((suggestion) => suggestion.programmeId === programmeId);

// Without the history (offline, never opened online) nothing is known; with it, a programme that
// has no next dose has had its whole schedule.
const doseHint = (
  t: ReturnType<typeof useTranslations<"Dose">>,
  suggestions: TDoseSuggestion[] | null,
  next: TDoseSuggestion | undefined,
) => {
  if (!suggestions) return t("noHistory");
  if (!next) return t("complete");
  return next.dueFrom ? t("nextFrom", { dose: next.dose, from: next.dueFrom }) : t("next", { dose: next.dose });
};

/**
 * The dose form: programme, vaccine, batch, date (today) and dose number, the vaccine and dose
 * filled in from the recipient's history, and the programme from the recipient's pre-enrolment
 * when they have one. A refusal shows the server's reason beside its field (a dose too soon after
 * the previous one, or outside the programme's dates, beside the date).
 */
export const DoseForm = ({
  programmes,
  suggestions,
  preEnrolledProgrammeId,
  onSubmit,
}: {
  programmes: TProgrammeChoice[];
  /** The programme the recipient is pre-enrolled in, chosen first. */
  preEnrolledProgrammeId?: string;
  /** The next dose of each programme, or null when the history is not known. */
  suggestions: TDoseSuggestion[] | null;
  onSubmit: (fields: TDoseFields) => Promise<TDoseSubmitResult>;
}) => {
  const t = useTranslations("Dose");
  const firstProgramme =
    programmes.find(({ id }) => id === preEnrolledProgrammeId)?.id ??
    suggestions?.find((suggestion) => programmes.some(({ id }) => id === suggestion.programmeId))?.programmeId ??
    programmes[0]?.id ??
    "";
  const locale = useLocale() as TLocale;
  const form = useForm<TDoseFormValues>({
    // biome-ignore lint/suspicious/noExplicitAny: the resolver's generics cannot follow a coercing schema's input type
    resolver: inPageLanguage(zodResolver(ZDoseFields as any), locale) as any,
    defaultValues: { programmeId: firstProgramme, vaccineId: "", batch: "", date: localToday(), dose: "1" },
  });
  const [formError, setFormError] = useState<string | null>(null);
  const { register, formState, watch, setValue } = form;
  const programmeId = watch("programmeId");
  const programme = programmes.find(({ id }) => id === programmeId);

  // Choosing a programme fills in the vaccine to continue with and the next dose number.
  useEffect(() => {
    const next = suggested(programmeId, suggestions);
    setValue("vaccineId", next?.vaccineId ?? "");
    setValue("dose", next ? String(next.dose) : suggestions ? "" : "1");
  }, [programmeId, suggestions, setValue]);

  const error = (field: keyof TDoseFormValues) => formState.errors[field]?.message;
  const next = suggested(programmeId, suggestions);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await onSubmit(values as unknown as TDoseFields);
    if (result.kind === "done") {
      form.reset({ ...values, batch: values.batch });
      return;
    }
    const placed = result.details.filter((detail) => fieldNames.includes(detail.path as (typeof fieldNames)[number]));
    for (const detail of placed) form.setError(detail.path as Path<TDoseFormValues>, { message: detail.message });
    if (placed.length === 0) setFormError(result.message);
  });

  if (programmes.length === 0) {
    return <Alert tone="info">{t("noProgramme")}</Alert>;
  }
  return (
    <ReadyForm
      onSubmit={submit}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      aria-label={t("title")}
    >
      <h2 className="text-lg font-semibold text-slate-900">{t("title")}</h2>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField
          label={t("programme")}
          options={programmes.map(({ id, name }) => ({ value: id, label: name }))}
          {...register("programmeId")}
          error={error("programmeId")}
        />
        <SelectField
          label={t("vaccine")}
          options={[
            { value: "", label: t("choose") },
            ...(programme?.vaccines ?? []).map(({ id, name, manufacturer }) => ({
              value: id,
              label: `${name} (${manufacturer})`,
            })),
          ]}
          {...register("vaccineId")}
          error={error("vaccineId")}
        />
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField label={t("batch")} autoComplete="off" {...register("batch")} error={error("batch")} />
        <TextField label={t("date")} type="date" {...register("date")} error={error("date")} />
        <TextField
          label={t("doseNumber")}
          type="number"
          min={1}
          max={20}
          hint={doseHint(t, suggestions, next)}
          {...register("dose")}
          error={error("dose")}
        />
      </div>
      <div>
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </div>
    </ReadyForm>
  );
};
