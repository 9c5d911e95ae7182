"use client";

import type { TVaccineView } from "@vax/core";
import { type TVaccineInput, ZVaccineInput } from "@vax/core/schemas";
import { ReadyForm, TextField } from "@vax/ui";
import { useRouter } from "next/navigation";
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
          label="Name"
          hint="As printed on certificates, such as COVISHIELD"
          {...register("name")}
          error={error("name")}
        />
        <TextField label="Manufacturer" {...register("manufacturer")} error={error("manufacturer")} />
      </div>
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-800">Codes</legend>
        <TextField
          label="ICD-11 code"
          hint="Extension code, such as XM9QW8"
          {...register("icd11Code")}
          error={error("icd11Code")}
        />
        <TextField
          label="WHO prophylaxis (ATC) code"
          hint="Such as J07BN02"
          {...register("whoProphylaxisCode")}
          error={error("whoProphylaxisCode")}
        />
        <TextField
          label="EU product code"
          hint="EU DCC medicinal product, such as EU/1/20/1528"
          {...register("euProductCode")}
          error={error("euProductCode")}
        />
        <TextField
          label="EU marketing-authorisation holder code"
          hint="Such as ORG-100030215"
          {...register("euHolderCode")}
          error={error("euHolderCode")}
        />
        <TextField
          label="EU prophylaxis code"
          hint="Such as 1119349007"
          {...register("euProphylaxisCode")}
          error={error("euProphylaxisCode")}
        />
        <TextField
          label="CVX code"
          hint="For SMART Health Cards, such as 208"
          inputMode="numeric"
          {...register("cvxCode")}
          error={error("cvxCode")}
        />
      </fieldset>
      <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-slate-800">Schedule</legend>
        <TextField
          label="Doses in the schedule"
          type="number"
          min={1}
          max={10}
          {...register("dosesInSchedule")}
          error={error("dosesInSchedule")}
        />
        <TextField
          label="Minimum days between doses"
          type="number"
          min={0}
          max={3650}
          {...register("minIntervalDays")}
          error={error("minIntervalDays")}
        />
        <TextField
          label="Validity in days"
          hint="Empty when it does not expire"
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
        hint="The programmes that give this vaccine"
        emptyText="There is no active programme yet: create one first."
      />
      <FormActions formError={formError} pending={formState.isSubmitting} cancelHref="/vaccines" />
    </ReadyForm>
  );
};
