"use client";

import type { TVaccineView } from "@vax/core";
import { type TVaccineInput, ZVaccineInput } from "@vax/core/schemas";
import { ReadyForm, TextField } from "@vax/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormActions } from "@/components/form-actions";
import { ProgrammeChoices } from "@/components/programme/programme-choices";
/** A programme the form offers as a checkbox. */
import type { TProgrammeOption } from "@/lib/programme-options";
import { useResourceForm } from "@/lib/use-resource-form";

const blank: TVaccineInput = {
  name: "",
  manufacturer: "",
  icd11Code: "",
  whoProphylaxisCode: "",
  euProductCode: "",
  euHolderCode: "",
  euProphylaxisCode: "",
  cvxCode: "",
  dosesInSchedule: "",
  minIntervalDays: "0",
  validityDays: "",
  programmeIds: [],
};

const valuesOf = (vaccine?: TVaccineView): TVaccineInput =>
  vaccine
    ? {
        name: vaccine.name,
        manufacturer: vaccine.manufacturer,
        icd11Code: vaccine.icd11Code ?? "",
        whoProphylaxisCode: vaccine.whoProphylaxisCode ?? "",
        euProductCode: vaccine.euProductCode ?? "",
        euHolderCode: vaccine.euHolderCode ?? "",
        euProphylaxisCode: vaccine.euProphylaxisCode ?? "",
        cvxCode: vaccine.cvxCode ?? "",
        dosesInSchedule: String(vaccine.dosesInSchedule),
        minIntervalDays: String(vaccine.minIntervalDays),
        validityDays: vaccine.validityDays == null ? "" : String(vaccine.validityDays),
        programmeIds: vaccine.programmes.map((programme) => programme.id),
      }
    : blank;

/** Creates a vaccine, or edits the one given; the programmes to choose from come from the page. */
export const VaccineForm = ({ vaccine, programmes }: { vaccine?: TVaccineView; programmes: TProgrammeOption[] }) => {
  const router = useRouter();
  const t = useTranslations("VaccineForm");
  const { form, submit, formError } = useResourceForm<TVaccineInput>({
    schema: ZVaccineInput,
    resource: "vaccines",
    id: vaccine?.id,
    defaultValues: valuesOf(vaccine),
    onSaved: () => {
      router.push("/vaccines");
      router.refresh();
    },
  });
  const { register, formState, control } = form;
  const error = (field: keyof TVaccineInput) => formState.errors[field]?.message as string | undefined;
  return (
    <ReadyForm onSubmit={submit} className="grid max-w-2xl gap-4 rounded-lg border border-slate-200 bg-white p-6">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          label={t("name")}
          hint={t("nameHint", { example: "COVISHIELD" })}
          {...register("name")}
          error={error("name")}
        />
        <TextField label={t("manufacturer")} {...register("manufacturer")} error={error("manufacturer")} />
      </div>
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-800">{t("codes")}</legend>
        <TextField
          label={t("icd11Code")}
          hint={t("icd11CodeHint", { example: "XM9QW8" })}
          {...register("icd11Code")}
          error={error("icd11Code")}
        />
        <TextField
          label={t("whoProphylaxisCode", { atc: "ATC" })}
          hint={t("suchAs", { example: "J07BN02" })}
          {...register("whoProphylaxisCode")}
          error={error("whoProphylaxisCode")}
        />
        <TextField
          label={t("euProductCode")}
          hint={t("euProductCodeHint", { example: "EU/1/20/1528" })}
          {...register("euProductCode")}
          error={error("euProductCode")}
        />
        <TextField
          label={t("euHolderCode")}
          hint={t("suchAs", { example: "ORG-100030215" })}
          {...register("euHolderCode")}
          error={error("euHolderCode")}
        />
        <TextField
          label={t("euProphylaxisCode")}
          hint={t("suchAs", { example: "1119349007" })}
          {...register("euProphylaxisCode")}
          error={error("euProphylaxisCode")}
        />
        <TextField
          label={t("cvxCode", { cvx: "CVX" })}
          hint={t("cvxCodeHint", { example: "208" })}
          inputMode="numeric"
          {...register("cvxCode")}
          error={error("cvxCode")}
        />
      </fieldset>
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-slate-800">{t("schedule")}</legend>
        <TextField
          label={t("dosesInSchedule")}
          type="number"
          min={1}
          max={10}
          {...register("dosesInSchedule")}
          error={error("dosesInSchedule")}
        />
        <TextField
          label={t("minIntervalDays")}
          type="number"
          min={0}
          max={3650}
          {...register("minIntervalDays")}
          error={error("minIntervalDays")}
        />
        <TextField
          label={t("validityDays")}
          hint={t("validityDaysHint")}
          type="number"
          min={1}
          max={36500}
          {...register("validityDays")}
          error={error("validityDays")}
        />
      </fieldset>
      <ProgrammeChoices
        control={control}
        programmes={programmes}
        hint={t("programmesHint")}
        emptyText={t("programmesEmpty")}
      />
      <FormActions formError={formError} pending={formState.isSubmitting} cancelHref="/vaccines" />
    </ReadyForm>
  );
};
