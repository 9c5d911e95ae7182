"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import type { TLocale } from "@vax/config/i18n";
import { type TPasswordChangeInput, ZPasswordChangeInput } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, TextField } from "@vax/ui";
import { inPageLanguage } from "@vax/ui/translated-resolver";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { type Path, useForm } from "react-hook-form";
import { ApiError, fetchJson } from "@/lib/fetch-json";

/** The current and the new password; once saved, the portal opens. */
export const PasswordChangeForm = () => {
  const t = useTranslations("AccountPassword");
  const locale = useLocale() as TLocale;
  const form = useForm<TPasswordChangeInput>({
    resolver: inPageLanguage(zodResolver(ZPasswordChangeInput), locale),
    defaultValues: { currentPassword: "", newPassword: "" },
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      await fetchJson("/api/v1/account/password", { method: "POST", body: JSON.stringify(values) });
      window.location.assign("/");
    } catch (error) {
      if (!(error instanceof ApiError)) return setFormError(t("unreachable"));
      for (const detail of error.body.error.details) {
        if (detail.path) form.setError(detail.path as Path<TPasswordChangeInput>, { message: detail.message });
      }
      setFormError(error.body.error.message);
    }
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <ReadyForm onSubmit={submit} className="flex flex-col gap-4">
      <TextField
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        {...form.register("currentPassword")}
        error={errors.currentPassword?.message}
      />
      <TextField
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        hint={t("newPasswordHint")}
        {...form.register("newPassword")}
        error={errors.newPassword?.message}
      />
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("save")}
      </Button>
    </ReadyForm>
  );
};
