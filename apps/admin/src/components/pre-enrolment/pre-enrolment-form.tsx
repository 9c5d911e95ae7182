"use client";

import type { TPreEnrolmentView } from "@vax/core";
import { identityTypes, type TIdentityType, type TPreEnrolmentInput, ZPreEnrolmentInput } from "@vax/core/schemas";
import { Alert, ReadyForm, SelectField, TextField } from "@vax/ui";
import Link from "next/link";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("PreEnrolmentForm");
  const genderOptions = [
    { value: "", label: t("choose") },
    { value: "FEMALE", label: t("female") },
    { value: "MALE", label: t("male") },
    { value: "OTHER", label: t("other") },
  ];
  const identityLabels: Record<TIdentityType, string> = {
    AADHAAR: t("aadhaar"),
    PASSPORT: t("passport"),
    DRIVING_LICENCE: t("drivingLicence"),
    VOTER_ID: t("voterId"),
    OTHER: t("otherDocument"),
  };
  const identityOptions = identityTypes.map((type) => ({ value: type, label: identityLabels[type] }));
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
    return <Alert tone="info">{t("noProgramme")}</Alert>;
  }
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      {saved ? (
        <Alert tone="success">
          <span>
            {t.rich("saved", {
              name: saved.recipient.name,
              programme: saved.programme.name,
              code: saved.code,
              strong: (chunks) => <strong data-testid="pre-enrolment-code">{chunks}</strong>,
              link: (chunks) => (
                <Link href="/pre-enrolments" className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </span>
        </Alert>
      ) : null}
      <ReadyForm
        onSubmit={submit}
        aria-label={t("title")}
        className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6"
      >
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <SelectField
            label={t("programme")}
            options={programmes.map(({ id, name }) => ({ value: id, label: name }))}
            {...register("programmeId")}
            error={error("programmeId")}
          />
          <TextField
            label={t("code")}
            hint={t("codeHint")}
            autoComplete="off"
            {...register("code")}
            error={error("code")}
          />
          <SelectField
            label={t("facility")}
            options={[
              { value: "", label: t("anyFacility") },
              ...facilityChoices.map(({ id, name }) => ({ value: id, label: name })),
            ]}
            {...register("facilityId")}
            error={error("facilityId")}
          />
          <TextField
            label={t("appointmentDate")}
            type="date"
            {...register("appointmentDate")}
            error={error("appointmentDate")}
          />
        </div>
        <fieldset className="grid gap-4 border-t border-slate-200 pt-4">
          <legend className="pt-2 text-sm font-semibold text-slate-900">{t("recipient")}</legend>
          <TextField
            label={t("name")}
            autoComplete="off"
            {...register("recipient.name")}
            error={error("recipient.name")}
          />
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
            <TextField
              label={t("dateOfBirth")}
              type="date"
              {...register("recipient.dateOfBirth")}
              error={error("recipient.dateOfBirth")}
            />
            <TextField
              label={t("age")}
              hint={t("ageHint")}
              type="number"
              min={0}
              max={120}
              {...register("recipient.age")}
              error={error("recipient.age")}
            />
            <SelectField
              label={t("gender")}
              options={genderOptions}
              {...register("recipient.gender")}
              error={error("recipient.gender")}
            />
          </div>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <SelectField
              label={t("identityType")}
              options={identityOptions}
              {...register("recipient.identityType")}
              error={error("recipient.identityType")}
            />
            <TextField
              label={t("identityNumber")}
              autoComplete="off"
              {...register("recipient.identityNumber")}
              error={error("recipient.identityNumber")}
            />
          </div>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
            <TextField
              label={t("mobile")}
              type="tel"
              inputMode="numeric"
              hint={t("mobileHint")}
              {...register("recipient.mobile")}
              error={error("recipient.mobile")}
            />
            <TextField
              label={t("email")}
              type="email"
              {...register("recipient.email")}
              error={error("recipient.email")}
            />
            <TextField
              label={t("nationality")}
              hint={t("nationalityHint")}
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
