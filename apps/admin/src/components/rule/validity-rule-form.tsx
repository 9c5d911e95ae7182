"use client";

import { ZValidityRuleInput } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, TextField } from "@vax/ui";
import { useState } from "react";
import { useResourceForm } from "@/lib/use-resource-form";

type TValidityRuleForm = { days: string; waitDays: string; country: string };

/**
 * Adds a validity rule: certificates are valid so many days after the last dose (and, if given, only from so many
 * days after the dose that completes the schedule). A platform admin names the country it judges.
 */
export const ValidityRuleForm = ({ withCountry }: { withCountry: boolean }) => {
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
      <h2 className="text-base font-semibold">Add a validity rule</h2>
      <ReadyForm onSubmit={submit} className="flex flex-wrap items-end gap-4">
        <TextField
          label="Valid for (days after the last dose)"
          inputMode="numeric"
          {...register("days")}
          error={error("days")}
        />
        <TextField
          label="Not valid until (days after the completing dose)"
          hint="Leave empty for no waiting time"
          inputMode="numeric"
          {...register("waitDays")}
          error={error("waitDays")}
        />
        {withCountry ? (
          <TextField label="Country (two letters)" {...register("country")} error={error("country")} />
        ) : null}
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Adding…" : "Add rule"}
        </Button>
      </ReadyForm>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      {saved ? <p className="text-sm text-teal-800">Added {saved}; verifiers apply it from now on.</p> : null}
    </section>
  );
};
