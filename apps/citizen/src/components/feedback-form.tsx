"use client";

import { Alert, Button, ReadyForm, TextAreaField } from "@vax/ui";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { submitJson } from "./submit-json";

const ratings = [1, 2, 3, 4, 5] as const;

/** Rates the vaccination behind a certificate, 1 to 5, with words if the citizen likes. */
export const FeedbackForm = ({ certificateId }: { certificateId: string }) => {
  const t = useTranslations();
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const result = await submitJson(t, "/api/v1/feedback", {
      certificateId,
      rating: Number(form.get("rating") ?? 0),
      message: String(form.get("message") ?? ""),
    });
    setPending(false);
    if (result.ok) setSent(true);
    else setError(result.fields.rating ?? result.fields.message ?? result.error);
  };

  if (sent) return <Alert tone="success">{t("Feedback.thanks")}</Alert>;
  return (
    <ReadyForm onSubmit={onSubmit} className="flex flex-col gap-3" aria-label={t("Feedback.label")}>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-700">{t("Feedback.rating")}</legend>
        <div className="flex gap-3">
          {ratings.map((rating) => (
            <label key={rating} className="flex items-center gap-1 text-sm text-slate-800">
              <input type="radio" name="rating" value={rating} required />
              {rating}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField label={t("Feedback.message")} name="message" maxLength={1000} />
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Button type="submit" disabled={pending} className="self-start">
        {pending ? t("Feedback.sending") : t("Feedback.send")}
      </Button>
    </ReadyForm>
  );
};
