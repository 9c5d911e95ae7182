"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { TLocale } from "@vax/config/i18n";
import type { TCorrectionDraft } from "@vax/core";
import { genders, identityTypes, type TIdentityType } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, SelectField, TextAreaField, TextField } from "@vax/ui";
import { inPageLanguage } from "@vax/ui/translated-resolver";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import {
  correctionChanges,
  correctionFormSchema,
  correctionFormValues,
  formFieldOf,
  type TCorrectionChanges,
  type TCorrectionField,
  type TCorrectionForm,
} from "@/lib/correction-form";
import { credentialChanges, type TCredentialChanges } from "@/lib/credential-changes";
import { ApiError, fetchJson } from "@/lib/fetch-json";
import { CorrectionPreview, type TRecordOnlyChange } from "./correction-preview";

type TPreview = { changes: TCredentialChanges; recordOnly: TRecordOnlyChange[]; sent: TCorrectionChanges };

// Nationality and address are kept on the recipient but not printed: the credential's diff cannot show them.
const recordOnlyChanges = (
  { recipient }: TCorrectionChanges,
  labels: Record<TCorrectionField, string>,
): TRecordOnlyChange[] => {
  if (!recipient) return [];
  const { nationality, address } = recipient as { nationality?: string; address?: Record<string, string> };
  return Object.entries({ ...(nationality === undefined ? {} : { nationality }), ...address }).map(
    ([field, after]) => ({ label: labels[field as TCorrectionField] ?? field, after }),
  );
};

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/**
 * The correction of one certificate: the fields that may change, prefilled, and the reason; a
 * preview of the new version (the credential it would sign, against today's) before anything is
 * issued; and on confirmation the new version's page.
 */
export const CorrectionForm = ({ draft }: { draft: TCorrectionDraft }) => {
  const router = useRouter();
  const t = useTranslations("CorrectionForm");
  const labels = useMemo(
    (): Record<TCorrectionField, string> => ({
      name: t("name"),
      dateOfBirth: t("dateOfBirth"),
      gender: t("gender"),
      nationality: t("nationality"),
      identityType: t("identityType"),
      identityNumber: t("identityNumber"),
      addressLine: t("address"),
      district: t("district"),
      state: t("state"),
      pincode: t("pincode"),
      vaccineId: t("vaccine"),
      batch: t("batch"),
      vaccinatedOn: t("vaccinatedOn"),
      facilityId: t("facility"),
      reason: t("reasonField"),
    }),
    [t],
  );
  const schema = useMemo(
    () =>
      correctionFormSchema({
        required: (field) => t("required", { field: labels[field] }),
        tooLong: (field, max) => t("tooLong", { field: labels[field], max }),
        notADate: (field) => t("notADate", { field: labels[field] }),
        chooseGender: t("chooseGender"),
        chooseIdentityType: t("chooseIdentityType"),
      }),
    [t, labels],
  );
  const genderLabels: Record<(typeof genders)[number], string> = {
    MALE: t("genderMale"),
    FEMALE: t("genderFemale"),
    OTHER: t("genderOther"),
  };
  const identityLabels: Record<TIdentityType, string> = {
    AADHAAR: t("identityAadhaar"),
    PASSPORT: t("identityPassport"),
    DRIVING_LICENCE: t("identityDrivingLicence"),
    VOTER_ID: t("identityVoterId"),
    OTHER: t("identityOther"),
  };
  const locale = useLocale() as TLocale;
  const form = useForm<TCorrectionForm>({
    resolver: inPageLanguage(zodResolver(schema), locale),
    defaultValues: correctionFormValues(draft),
    mode: "onTouched",
  });
  const [preview, setPreview] = useState<TPreview | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { register, formState, watch } = form;
  const error = (field: TCorrectionField) => formState.errors[field]?.message;
  const url = (step: string) => `/api/v1/certificates/${draft.certificateId}/${step}`;

  // A preview holds only for the values it was made from: any edit asks for a new one.
  useEffect(() => {
    const subscription = watch(() => setPreview(null));
    return () => subscription.unsubscribe();
  }, [watch]);

  const showApiError = (caught: unknown) => {
    if (!(caught instanceof ApiError)) {
      setFormError(t("unreachable"));
      return;
    }
    for (const detail of caught.body.error.details) {
      const field = formFieldOf(detail.path);
      if (field) form.setError(field, { message: detail.message });
    }
    setFormError(caught.body.error.message);
  };

  const requestPreview = form.handleSubmit(async (values) => {
    setFormError(null);
    const changes = correctionChanges(draft, values);
    try {
      const { credential } = await fetchJson<{ credential: Record<string, unknown> }>(url("correction-preview"), {
        method: "POST",
        body: JSON.stringify({ changes }),
      });
      setPreview({
        changes: credentialChanges(draft.credential, credential),
        recordOnly: recordOnlyChanges(changes, labels),
        sent: changes,
      });
    } catch (caught) {
      showApiError(caught);
    }
  });

  const confirm = async () => {
    if (!preview) return;
    setFormError(null);
    setConfirming(true);
    try {
      const { certificate } = await fetchJson<{ certificate: { certificateId: string } }>(url("correct"), {
        method: "POST",
        body: JSON.stringify({ changes: preview.sent, reason: form.getValues("reason") }),
      });
      router.push(`/certificates/${certificate.certificateId}`);
      router.refresh();
    } catch (caught) {
      setConfirming(false);
      showApiError(caught);
    }
  };

  return (
    <div className="flex flex-col gap-6">
      <ReadyForm
        onSubmit={requestPreview}
        className="grid max-w-3xl gap-6 rounded-lg border border-slate-200 bg-white p-6"
      >
        <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-semibold text-slate-800">{t("recipient")}</legend>
          <TextField label={labels.name} autoComplete="off" {...register("name")} error={error("name")} />
          <TextField label={labels.dateOfBirth} type="date" {...register("dateOfBirth")} error={error("dateOfBirth")} />
          <SelectField
            label={labels.gender}
            options={options(genders, genderLabels)}
            {...register("gender")}
            error={error("gender")}
          />
          <TextField label={labels.nationality} {...register("nationality")} error={error("nationality")} />
          <SelectField
            label={labels.identityType}
            options={options(identityTypes, identityLabels)}
            {...register("identityType")}
            error={error("identityType")}
          />
          <TextField
            label={labels.identityNumber}
            autoComplete="off"
            hint={t("identityNumberHint", { identity: draft.recipient.identity })}
            {...register("identityNumber")}
            error={error("identityNumber")}
          />
          <TextField label={labels.addressLine} {...register("addressLine")} error={error("addressLine")} />
          <TextField label={labels.district} {...register("district")} error={error("district")} />
          <TextField label={labels.state} {...register("state")} error={error("state")} />
          <TextField label={labels.pincode} inputMode="numeric" {...register("pincode")} error={error("pincode")} />
        </fieldset>
        <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-semibold text-slate-800">{t("dose", { dose: draft.dose.dose })}</legend>
          <SelectField
            label={labels.vaccineId}
            options={draft.vaccines.map(({ id, name }) => ({ value: id, label: name }))}
            {...register("vaccineId")}
            error={error("vaccineId")}
          />
          <TextField label={labels.batch} autoComplete="off" {...register("batch")} error={error("batch")} />
          <TextField
            label={labels.vaccinatedOn}
            type="date"
            {...register("vaccinatedOn")}
            error={error("vaccinatedOn")}
          />
          <SelectField
            label={labels.facilityId}
            options={draft.facilities.map(({ id, name }) => ({ value: id, label: name }))}
            {...register("facilityId")}
            error={error("facilityId")}
          />
        </fieldset>
        <TextAreaField
          label={t("reason")}
          hint={t("reasonHint")}
          rows={2}
          {...register("reason")}
          error={error("reason")}
        />
        {formError ? <Alert tone="error">{formError}</Alert> : null}
        <div className="flex gap-3">
          <Button
            type="submit"
            variant={preview ? "secondary" : "primary"}
            disabled={formState.isSubmitting || confirming}
          >
            {formState.isSubmitting ? t("preparing") : t("preview")}
          </Button>
          <Link
            href={`/certificates/${draft.certificateId}`}
            className="inline-flex items-center rounded-md border border-slate-300 px-4 py-2 text-sm"
          >
            {t("cancel")}
          </Link>
        </div>
      </ReadyForm>
      {preview ? (
        <div className="flex max-w-3xl flex-col gap-4">
          <CorrectionPreview changes={preview.changes} recordOnly={preview.recordOnly} />
          <p className="text-sm text-slate-700">{t("confirmNote", { certificateId: draft.certificateId })}</p>
          <div>
            <Button onClick={confirm} disabled={confirming}>
              {confirming ? t("issuing") : t("confirm")}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
};
