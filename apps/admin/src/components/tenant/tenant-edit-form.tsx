"use client";

import type { TTenantView } from "@vax/core";
import { type TTenantUpdateInput, ZTenantUpdateInput } from "@vax/core/schemas";
import { ReadyForm } from "@vax/ui";
import { useRouter } from "next/navigation";
import { FormActions } from "@/components/form-actions";
import { useResourceForm } from "@/lib/use-resource-form";
import { TenantFields } from "./tenant-fields";

/** Edits a tenant's details; the slug is shown by the page, never edited. */
export const TenantEditForm = ({ tenant }: { tenant: TTenantView }) => {
  const router = useRouter();
  const { form, submit, formError } = useResourceForm<TTenantUpdateInput>({
    schema: ZTenantUpdateInput,
    resource: "tenants",
    id: tenant.id,
    defaultValues: {
      name: tenant.name,
      country: tenant.country,
      defaultLanguage: tenant.defaultLanguage as TTenantUpdateInput["defaultLanguage"],
      timeZone: tenant.timeZone,
    },
    onSaved: () => {
      router.push("/tenants");
      router.refresh();
    },
  });
  return (
    <ReadyForm onSubmit={submit} className="grid max-w-2xl gap-4 rounded-lg border border-slate-200 bg-white p-6">
      <TenantFields register={form.register} errors={form.formState.errors} />
      <FormActions formError={formError} pending={form.formState.isSubmitting} cancelHref="/tenants" />
    </ReadyForm>
  );
};
