"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { TCorrectionDraft } from "@vax/core";
import { genders, identityTypeLabels, identityTypes } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, SelectField, TextAreaField, TextField } from "@vax/ui";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import {
  correctionChanges,
  correctionFormValues,
  formFieldOf,
  type TCorrectionChanges,
  type TCorrectionForm,
  ZCorrectionForm,
} from "@/lib/correction-form";
import { credentialChanges, type TCredentialChanges } from "@/lib/credential-changes";
import { ApiError, fetchJson } from "@/lib/fetch-json";
import { genderLabels } from "./certificate-labels";
import { CorrectionPreview, type TRecordOnlyChange } from "./correction-preview";

type TPreview = { changes: TCredentialChanges; recordOnly: TRecordOnlyChange[]; sent: TCorrectionChanges };

const RECORD_ONLY_LABELS: Record<string, string> = {
  nationality: "Nationality",
  addressLine: "Address",
  district: "District",
  state: "State",
  pincode: "PIN code",
};

// Nationality and address are kept on the recipient but not printed: the credential's diff cannot show them.
const recordOnlyChanges = ({ recipient }: TCorrectionChanges): TRecordOnlyChange[] => {
  if (!recipient) return [];
  const { nationality, address } = recipient as { nationality?: string; address?: Record<string, string> };
  return Object.entries({ ...(nationality === undefined ? {} : { nationality }), ...address }).map(
    ([field, after]) => ({ label: RECORD_ONLY_LABELS[field] ?? field, after }),
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
  const form = useForm<TCorrectionForm>({
    resolver: zodResolver(ZCorrectionForm),
    defaultValues: correctionFormValues(draft),
    mode: "onTouched",
  });
  const [preview, setPreview] = useState<TPreview | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { register, formState, watch } = form;
  const error = (field: keyof TCorrectionForm) => formState.errors[field]?.message;
  const url = (step: string) => `/api/v1/certificates/${draft.certificateId}/${step}`;

  // A preview holds only for the values it was made from: any edit asks for a new one.
  useEffect(() => {
    const subscription = watch(() => setPreview(null));
    return () => subscription.unsubscribe();
  }, [watch]);

  const showApiError = (caught: unknown) => {
    if (!(caught instanceof ApiError)) {
      setFormError("Could not reach the server. Check the connection and try again.");
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
        recordOnly: recordOnlyChanges(changes),
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
          <legend className="mb-2 text-sm font-semibold text-slate-800">Recipient</legend>
          <TextField label="Name" autoComplete="off" {...register("name")} error={error("name")} />
          <TextField label="Date of birth" type="date" {...register("dateOfBirth")} error={error("dateOfBirth")} />
          <SelectField
            label="Gender"
            options={options(genders, genderLabels)}
            {...register("gender")}
            error={error("gender")}
          />
          <TextField label="Nationality" {...register("nationality")} error={error("nationality")} />
          <SelectField
            label="Identity document"
            options={options(identityTypes, identityTypeLabels)}
            {...register("identityType")}
            error={error("identityType")}
          />
          <TextField
            label="Identity number"
            autoComplete="off"
            hint={`Empty keeps ${draft.recipient.identity}; type the whole number to change it`}
            {...register("identityNumber")}
            error={error("identityNumber")}
          />
          <TextField label="Address" {...register("addressLine")} error={error("addressLine")} />
          <TextField label="District" {...register("district")} error={error("district")} />
          <TextField label="State" {...register("state")} error={error("state")} />
          <TextField label="PIN code" inputMode="numeric" {...register("pincode")} error={error("pincode")} />
        </fieldset>
        <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-semibold text-slate-800">Dose {draft.dose.dose}</legend>
          <SelectField
            label="Vaccine"
            options={draft.vaccines.map(({ id, name }) => ({ value: id, label: name }))}
            {...register("vaccineId")}
            error={error("vaccineId")}
          />
          <TextField label="Batch" autoComplete="off" {...register("batch")} error={error("batch")} />
          <TextField
            label="Date of vaccination"
            type="date"
            {...register("vaccinatedOn")}
            error={error("vaccinatedOn")}
          />
          <SelectField
            label="Facility"
            options={draft.facilities.map(({ id, name }) => ({ value: id, label: name }))}
            {...register("facilityId")}
            error={error("facilityId")}
          />
        </fieldset>
        <TextAreaField
          label="Reason for the correction"
          hint="Kept in the certificate's history"
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
            {formState.isSubmitting ? "Preparing the preview…" : "Preview the correction"}
          </Button>
          <Link
            href={`/certificates/${draft.certificateId}`}
            className="inline-flex items-center rounded-md border border-slate-300 px-4 py-2 text-sm"
          >
            Cancel
          </Link>
        </div>
      </ReadyForm>
      {preview ? (
        <div className="flex max-w-3xl flex-col gap-4">
          <CorrectionPreview changes={preview.changes} recordOnly={preview.recordOnly} />
          <p className="text-sm text-slate-700">
            Confirming issues this as a new certificate with a new id. Certificate {draft.certificateId} is then
            superseded: it fails verification, and its holder sees only the new version.
          </p>
          <div>
            <Button onClick={confirm} disabled={confirming}>
              {confirming ? "Issuing the new version…" : "Confirm the correction"}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
};
