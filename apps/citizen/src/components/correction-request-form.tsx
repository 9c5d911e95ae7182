"use client";

import { correctableFields, type TCorrectableField } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, SelectField, TextAreaField, TextField } from "@vax/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { fieldLabel } from "./field-label";
import { submitJson } from "./submit-json";

/** Asks for a certificate to be corrected: which detail is wrong, its right value, and a note for the reviewer. */
export const CorrectionRequestForm = ({ certificateId }: { certificateId: string }) => {
  const t = useTranslations();
  const router = useRouter();
  const fieldOptions = correctableFields.map((value) => ({ value, label: fieldLabel(t, value) }));
  const hints: Partial<Record<TCorrectableField, string>> = {
    dateOfBirth: t("CorrectionForm.birthDateHint"),
    vaccinationDate: t("CorrectionForm.vaccinationDateHint"),
    gender: t("CorrectionForm.genderHint"),
  };
  const [field, setField] = useState<TCorrectableField>("name");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await submitJson(t, "/api/v1/correction-requests", {
      certificateId,
      changes: [{ field, value: String(form.get("value") ?? "") }],
      note: String(form.get("note") ?? ""),
    });
    setPending(false);
    if (result.ok) {
      router.refresh();
      return;
    }
    setError(result.error);
    setFieldErrors(result.fields);
  };

  return (
    <ReadyForm onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={t("Requests.correction")}>
      <SelectField
        label={t("CorrectionForm.field")}
        name="field"
        value={field}
        onChange={(event) => setField(event.target.value as TCorrectableField)}
        options={fieldOptions}
      />
      <TextField
        label={t("CorrectionForm.value")}
        name="value"
        maxLength={200}
        hint={hints[field]}
        error={fieldErrors["changes.0.value"] ?? fieldErrors["changes.0.field"]}
      />
      <TextAreaField
        label={t("CorrectionForm.note")}
        name="note"
        maxLength={1000}
        hint={t("CorrectionForm.noteHint")}
        error={fieldErrors.note}
      />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t("CorrectionForm.sending") : t("CorrectionForm.send")}
      </Button>
    </ReadyForm>
  );
};
