"use client";

import { correctableFieldLabels, correctableFields, type TCorrectableField } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, SelectField, TextAreaField, TextField } from "@vax/ui";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { submitJson } from "./submit-json";

const hints: Partial<Record<TCorrectableField, string>> = {
  dateOfBirth: "As YYYY-MM-DD, such as 1978-04-12",
  vaccinationDate: "As YYYY-MM-DD, such as 2021-06-30",
  gender: "Male, Female or Other",
};

const fieldOptions = correctableFields.map((field) => ({ value: field, label: correctableFieldLabels[field] }));

/** Asks for a certificate to be corrected: which detail is wrong, its right value, and a note for the reviewer. */
export const CorrectionRequestForm = ({ certificateId }: { certificateId: string }) => {
  const router = useRouter();
  const [field, setField] = useState<TCorrectableField>("name");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await submitJson("/api/v1/correction-requests", {
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
    <ReadyForm onSubmit={onSubmit} className="flex flex-col gap-3" aria-label="Ask for a correction">
      <SelectField
        label="Which detail is wrong"
        name="field"
        value={field}
        onChange={(event) => setField(event.target.value as TCorrectableField)}
        options={fieldOptions}
      />
      <TextField
        label="The right value"
        name="value"
        maxLength={200}
        hint={hints[field]}
        error={fieldErrors["changes.0.value"] ?? fieldErrors["changes.0.field"]}
      />
      <TextAreaField
        label="Note for the reviewer"
        name="note"
        maxLength={1000}
        hint="Why it is wrong, and the document that shows the right value"
        error={fieldErrors.note}
      />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? "Sending…" : "Send request"}
      </Button>
    </ReadyForm>
  );
};
