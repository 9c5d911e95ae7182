"use client";

import type { TPreEnrolmentView } from "@vax/core";
import { identityTypeLabels, identityTypes, type TPreEnrolmentInput, ZPreEnrolmentInput } from "@vax/core/schemas";
import { Alert, ReadyForm, SelectField, TextField } from "@vax/ui";
import Link from "next/link";
import { useState } from "react";
import type { FieldPath } from "react-hook-form";
import { FormActions } from "@/components/form-actions";
import type { TFacilityOption } from "@/lib/facility-options";
import type { TProgrammeOption } from "@/lib/programme-options";
import { useResourceForm } from "@/lib/use-resource-form";

const blank = (programmeId: string): TPreEnrolmentInput => ({
  code: "",
  programmeId,
  facilityId: "",
  appointmentDate: "",
  recipient: {
    name: "",
    dateOfBirth: "",
    age: "",
    gender: "" as never,
    identityType: "AADHAAR",
    identityNumber: "",
    mobile: "",
    email: "",
    nationality: "IN",
  },
});

const genderOptions = [
  { value: "", label: "Choose…" },
  { value: "FEMALE", label: "Female" },
  { value: "MALE", label: "Male" },
  { value: "OTHER", label: "Other" },
];

const identityOptions = identityTypes.map((type) => ({ value: type, label: identityTypeLabels[type] }));

/**
 * Pre-enrols a recipient in a programme, optionally at a facility on an appointment date, and
 * shows the pre-enrolment code to hand them once it is saved.
 */
export const PreEnrolmentForm = ({
  programmes,
  facilities,
}: {
  programmes: TProgrammeOption[];
  facilities: TFacilityOption[];
}) => {
  const [saved, setSaved] = useState<TPreEnrolmentView | null>(null);
  const { form, submit, formError } = useResourceForm<TPreEnrolmentInput>({
    schema: ZPreEnrolmentInput,
    resource: "pre-enrolments",
    defaultValues: blank(programmes[0]?.id ?? ""),
    onSaved: (view) => {
      setSaved(view as TPreEnrolmentView);
      form.reset(blank(form.getValues("programmeId")));
    },
  });
  const { register, formState, watch } = form;
  const programmeId = watch("programmeId");
  const error = (field: FieldPath<TPreEnrolmentInput>) => form.getFieldState(field, formState).error?.message;
  const facilityChoices = facilities.filter((facility) => facility.programmeIds.includes(programmeId));

  if (programmes.length === 0) {
    return <Alert tone="info">There is no active programme to pre-enrol recipients in.</Alert>;
  }
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      {saved ? (
        <Alert tone="success">
          <span>
            {saved.recipient.name} is pre-enrolled in {saved.programme.name} with the code{" "}
            <strong data-testid="pre-enrolment-code">{saved.code}</strong>.{" "}
            <Link href="/pre-enrolments" className="underline">
              See all pre-enrolments
            </Link>
          </span>
        </Alert>
      ) : null}
      <ReadyForm
        onSubmit={submit}
        aria-label="New pre-enrolment"
        className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6"
      >
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <SelectField
            label="Programme"
            options={programmes.map(({ id, name }) => ({ value: id, label: name }))}
            {...register("programmeId")}
            error={error("programmeId")}
          />
          <TextField
            label="Pre-enrolment code (optional)"
            hint="Leave empty to have one made"
            autoComplete="off"
            {...register("code")}
            error={error("code")}
          />
          <SelectField
            label="Facility (optional)"
            options={[
              { value: "", label: "Any facility" },
              ...facilityChoices.map(({ id, name }) => ({ value: id, label: name })),
            ]}
            {...register("facilityId")}
            error={error("facilityId")}
          />
          <TextField
            label="Appointment date (optional)"
            type="date"
            {...register("appointmentDate")}
            error={error("appointmentDate")}
          />
        </div>
        <fieldset className="grid gap-4 border-t border-slate-200 pt-4">
          <legend className="pt-2 text-sm font-semibold text-slate-900">Recipient</legend>
          <TextField label="Name" autoComplete="off" {...register("recipient.name")} error={error("recipient.name")} />
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
            <TextField
              label="Date of birth"
              type="date"
              {...register("recipient.dateOfBirth")}
              error={error("recipient.dateOfBirth")}
            />
            <TextField
              label="Age in years"
              hint="Only when the date of birth is not known"
              type="number"
              min={0}
              max={120}
              {...register("recipient.age")}
              error={error("recipient.age")}
            />
            <SelectField
              label="Gender"
              options={genderOptions}
              {...register("recipient.gender")}
              error={error("recipient.gender")}
            />
          </div>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <SelectField
              label="Identity document"
              options={identityOptions}
              {...register("recipient.identityType")}
              error={error("recipient.identityType")}
            />
            <TextField
              label="Identity number"
              autoComplete="off"
              {...register("recipient.identityNumber")}
              error={error("recipient.identityNumber")}
            />
          </div>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
            <TextField
              label="Mobile number"
              type="tel"
              inputMode="numeric"
              hint="10 digits"
              {...register("recipient.mobile")}
              error={error("recipient.mobile")}
            />
            <TextField
              label="E-mail (optional)"
              type="email"
              {...register("recipient.email")}
              error={error("recipient.email")}
            />
            <TextField
              label="Nationality"
              hint="Two-letter country code"
              maxLength={2}
              {...register("recipient.nationality")}
              error={error("recipient.nationality")}
            />
          </div>
        </fieldset>
        <FormActions formError={formError} pending={formState.isSubmitting} cancelHref="/pre-enrolments" />
      </ReadyForm>
    </div>
  );
};
