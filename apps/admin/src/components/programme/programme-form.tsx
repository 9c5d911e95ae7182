"use client";

import type { TProgrammeView } from "@vax/core";
import { type TProgrammeInput, ZProgrammeInput } from "@vax/core/schemas";
import { ReadyForm, TextAreaField, TextField } from "@vax/ui";
import { useRouter } from "next/navigation";
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
      <TextField label="Name" {...register("name")} error={error("name")} />
      <TextAreaField label="Description" {...register("description")} error={error("description")} />
      <TextField
        label="Disease or agent targeted"
        hint="For example COVID-19 or Measles"
        {...register("disease")}
        error={error("disease")}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          label="ICD-11 code of the disease"
          hint="For example RA01"
          {...register("icd11Code")}
          error={error("icd11Code")}
        />
        <TextField
          label="SNOMED CT code of the disease"
          hint="For example 840539006"
          {...register("snomedCode")}
          error={error("snomedCode")}
        />
        <TextField label="Start date" type="date" {...register("startDate")} error={error("startDate")} />
        <TextField label="End date" type="date" {...register("endDate")} error={error("endDate")} />
      </div>
      <FormActions formError={formError} pending={formState.isSubmitting} cancelHref="/programmes" />
    </ReadyForm>
  );
};
