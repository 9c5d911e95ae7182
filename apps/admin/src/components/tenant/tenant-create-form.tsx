"use client";

import type { TCreatedTenant } from "@vax/core";
import { type TTenantCreateInput, ZTenantCreateInput } from "@vax/core/schemas";
import { ReadyForm, TextField } from "@vax/ui";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormActions } from "@/components/form-actions";
import { useResourceForm } from "@/lib/use-resource-form";
import { TenantCreated } from "./tenant-created";
import { TenantFields } from "./tenant-fields";

const blank: TTenantCreateInput = {
  name: "",
  slug: "",
  country: "",
  defaultLanguage: "en",
  timeZone: "UTC",
  adminName: "",
  adminEmail: "",
};

/** Creates a tenant with its first admin, then shows that admin's one-time password once. */
export const TenantCreateForm = () => {
  const t = useTranslations("TenantForm");
  const [created, setCreated] = useState<TCreatedTenant | null>(null);
  const { form, submit, formError } = useResourceForm<TTenantCreateInput>({
    schema: ZTenantCreateInput,
    resource: "tenants",
    defaultValues: blank,
    // Creating answers { tenant, admin } rather than the record itself.
    onSaved: (saved) => setCreated(saved as unknown as TCreatedTenant),
  });
  if (created) return <TenantCreated created={created} />;
  const { register, formState } = form;
  const { errors } = formState;
  return (
    <ReadyForm onSubmit={submit} className="grid max-w-2xl gap-4 rounded-lg border border-slate-200 bg-white p-6">
      <TenantFields register={register} errors={errors} />
      <TextField
        label={t("slug")}
        hint={t("slugHint", { example: "lk-moh" })}
        {...register("slug")}
        error={errors.slug?.message}
      />
      <fieldset className="grid gap-4 border-t border-slate-200 pt-4">
        <legend className="text-sm font-medium text-slate-700">{t("firstAdmin")}</legend>
        <TextField label={t("adminName")} {...register("adminName")} error={errors.adminName?.message} />
        <TextField
          label={t("adminEmail")}
          type="email"
          {...register("adminEmail")}
          error={errors.adminEmail?.message}
        />
      </fieldset>
      <FormActions formError={formError} pending={formState.isSubmitting} cancelHref="/tenants" />
    </ReadyForm>
  );
};
