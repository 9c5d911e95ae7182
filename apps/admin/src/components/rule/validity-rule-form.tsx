"use client";

import { ZValidityRuleInput } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, TextField } from "@vax/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useResourceForm } from "@/lib/use-resource-form";

type TValidityRuleForm = { days: string; waitDays: string; country: string };

/**
 * Adds a validity rule: certificates are valid so many days after the last dose (and, if given, only from so many
 * days after the dose that completes the schedule). A platform admin names the country it judges.
 */
export const ValidityRuleForm = ({ withCountry }: { withCountry: boolean }) => {
  const t = useTranslations("RuleValidityForm");
  const [saved, setSaved] = useState<string | null>(null);
  const { form, submit, formError } = useResourceForm<TValidityRuleForm>({
    schema: ZValidityRuleInput as never,
    resource: "rules",
    defaultValues: { days: "270", waitDays: "", country: "" },
    onSaved: (rule) => setSaved((rule as { identifier?: string; version?: string }).identifier ?? rule.id),
  });
  const { register, formState } = form;
  const error = (field: keyof TValidityRuleForm) => formState.errors[field]?.message as string | undefined;
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="text-base font-semibold">{t("heading")}</h2>
      <ReadyForm onSubmit={submit} className="flex flex-wrap items-end gap-4">
        <TextField label={t("days")} inputMode="numeric" {...register("days")} error={error("days")} />
        <TextField
          label={t("waitDays")}
          hint={t("waitDaysHint")}
          inputMode="numeric"
          {...register("waitDays")}
          error={error("waitDays")}
        />
        {withCountry ? <TextField label={t("country")} {...register("country")} error={error("country")} /> : null}
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("adding") : t("add")}
        </Button>
      </ReadyForm>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <p className="text-sm text-teal-800">{t("added", { rule: saved })}</p> : null}
    </section>
  );
};
