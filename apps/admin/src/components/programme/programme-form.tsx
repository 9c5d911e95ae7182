"use client";

import type { TProgrammeView } from "@vax/core";
import { type TProgrammeInput, ZProgrammeInput } from "@vax/core/schemas";
import { ReadyForm, TextAreaField, TextField } from "@vax/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormActions } from "@/components/form-actions";
import { useResourceForm } from "@/lib/use-resource-form";

const blank: TProgrammeInput = {
  name: "",
  description: "",
  disease: "",
  icd11Code: "",
  snomedCode: "",
  startDate: "",
  endDate: "",
};

const valuesOf = (programme?: TProgrammeView): TProgrammeInput =>
  programme
    ? {
        name: programme.name,
        description: programme.description,
        disease: programme.disease,
        icd11Code: programme.icd11Code ?? "",
        snomedCode: programme.snomedCode ?? "",
        startDate: programme.startDate ?? "",
        endDate: programme.endDate ?? "",
      }
    : blank;

/** Creates a programme, or edits the one given. */
export const ProgrammeForm = ({ programme }: { programme?: TProgrammeView }) => {
  const router = useRouter();
  const t = useTranslations("ProgrammeForm");
  const { form, submit, formError } = useResourceForm<TProgrammeInput>({
    schema: ZProgrammeInput,
    resource: "programmes",
    id: programme?.id,
    defaultValues: valuesOf(programme),
    onSaved: () => {
      router.push("/programmes");
      router.refresh();
    },
  });
  const { register, formState } = form;
  const error = (field: keyof TProgrammeInput) => formState.errors[field]?.message as string | undefined;
  return (
    <ReadyForm onSubmit={submit} className="grid max-w-2xl gap-4 rounded-lg border border-slate-200 bg-white p-6">
      <TextField label={t("name")} {...register("name")} error={error("name")} />
      <TextAreaField label={t("description")} {...register("description")} error={error("description")} />
      <TextField
        label={t("disease")}
        hint={t("diseaseHint", { example: "COVID-19" })}
        {...register("disease")}
        error={error("disease")}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          label={t("icd11Code")}
          hint={t("codeHint", { example: "RA01" })}
          {...register("icd11Code")}
          error={error("icd11Code")}
        />
        <TextField
          label={t("snomedCode", { standard: "SNOMED CT" })}
          hint={t("codeHint", { example: "840539006" })}
          {...register("snomedCode")}
          error={error("snomedCode")}
        />
        <TextField label={t("startDate")} type="date" {...register("startDate")} error={error("startDate")} />
        <TextField label={t("endDate")} type="date" {...register("endDate")} error={error("endDate")} />
      </div>
      <FormActions formError={formError} pending={formState.isSubmitting} cancelHref="/programmes" />
    </ReadyForm>
  );
};
