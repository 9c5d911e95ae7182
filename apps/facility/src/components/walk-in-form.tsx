"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { TLocale } from "@vax/config/i18n";
import type { TRecipientView } from "@vax/core";
import { identityTypeLabels, identityTypes, type TRecipientInput, ZRecipientInput } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, SelectField, TextField } from "@vax/ui";
import { inPageLanguage } from "@vax/ui/translated-resolver";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { type Path, useForm } from "react-hook-form";
import { callApi } from "@/lib/api-call";

const blank: TRecipientInput = {
  name: "",
  dateOfBirth: "",
  age: "",
  gender: "" as never,
  identityType: "AADHAAR",
  identityNumber: "",
  mobile: "",
  email: "",
  nationality: "IN",
};

const identityOptions = identityTypes.map((type) => ({ value: type, label: identityTypeLabels[type] }));

/**
 * Registers a walk-in, checked in the browser with the same schema as the API. When the identity
 * document is already registered, it offers to open that person instead of making a second one.
 */
export const WalkInForm = ({
  online,
  onRegistered,
  onFind,
  onCancel,
}: {
  online: boolean;
  onRegistered: (recipient: TRecipientView) => void;
  onFind: (q: string) => void;
  onCancel: () => void;
}) => {
  const locale = useLocale() as TLocale;
  const form = useForm<TRecipientInput>({
    // biome-ignore lint/suspicious/noExplicitAny: the resolver's generics cannot follow a transforming schema's input type
    resolver: inPageLanguage(zodResolver(ZRecipientInput as any), locale) as any,
    defaultValues: blank,
  });
  const t = useTranslations("WalkIn");
  const genderOptions = [
    { value: "", label: t("choose") },
    { value: "FEMALE", label: t("female") },
    { value: "MALE", label: t("male") },
    { value: "OTHER", label: t("other") },
  ];
  const [formError, setFormError] = useState<string | null>(null);
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const { register, formState, getValues } = form;
  const error = (field: keyof TRecipientInput) => formState.errors[field]?.message as string | undefined;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    setDuplicate(null);
    const outcome = await callApi<TRecipientView>("/api/v1/recipients", {
      method: "POST",
      body: JSON.stringify(values),
    });
    if (outcome.kind === "ok") return onRegistered(outcome.body);
    if (outcome.kind === "unreachable") return setFormError(t("unreachable"));
    for (const detail of outcome.error.details) {
      if (detail.path) form.setError(detail.path as Path<TRecipientInput>, { message: detail.message });
    }
    if (outcome.status === 409) setDuplicate(String(getValues("identityNumber")));
    setFormError(outcome.error.message);
  });

  return (
    <section aria-labelledby="walk-in-heading" className="flex flex-col gap-4">
      <h1 id="walk-in-heading" className="text-2xl font-semibold text-slate-900">
        {t("title")}
      </h1>
      {online ? null : <Alert tone="info">{t("offline")}</Alert>}
      <ReadyForm onSubmit={submit} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6">
        {formError ? (
          <Alert tone="error">
            {formError}
            {duplicate ? (
              <span className="ml-2">
                <Button variant="secondary" onClick={() => onFind(duplicate)}>
                  {t("findExisting")}
                </Button>
              </span>
            ) : null}
          </Alert>
        ) : null}
        <TextField label={t("name")} autoComplete="off" {...register("name")} error={error("name")} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <TextField label={t("dateOfBirth")} type="date" {...register("dateOfBirth")} error={error("dateOfBirth")} />
          <TextField
            label={t("age")}
            hint={t("ageHint")}
            type="number"
            min={0}
            max={120}
            {...register("age")}
            error={error("age")}
          />
          <SelectField label={t("gender")} options={genderOptions} {...register("gender")} error={error("gender")} />
        </div>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <SelectField
            label={t("identityType")}
            options={identityOptions}
            {...register("identityType")}
            error={error("identityType")}
          />
          <TextField
            label={t("identityNumber")}
            autoComplete="off"
            {...register("identityNumber")}
            error={error("identityNumber")}
          />
        </div>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
          <TextField
            label={t("mobile")}
            type="tel"
            inputMode="numeric"
            hint={t("mobileHint")}
            {...register("mobile")}
            error={error("mobile")}
          />
          <TextField label={t("email")} type="email" {...register("email")} error={error("email")} />
          <TextField
            label={t("nationality")}
            hint={t("nationalityHint")}
            maxLength={2}
            {...register("nationality")}
            error={error("nationality")}
          />
        </div>
        <div className="flex gap-3">
          <Button type="submit" disabled={formState.isSubmitting || !online}>
            {formState.isSubmitting ? t("registering") : t("register")}
          </Button>
          <Button variant="secondary" onClick={onCancel}>
            {t("cancel")}
          </Button>
        </div>
      </ReadyForm>
    </section>
  );
};
