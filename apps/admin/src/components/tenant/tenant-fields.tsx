"use client";

import type { TTenantCreateInput } from "@vax/core/schemas";
import { tenantLanguages } from "@vax/core/schemas";
import { SelectField, TextField } from "@vax/ui";
import type { FieldErrors, UseFormRegister } from "react-hook-form";

type TFields = Pick<TTenantCreateInput, "name" | "country" | "defaultLanguage" | "timeZone">;

/** The fields a tenant's details share between the new and the edit form. */
export const TenantFields = <T extends TFields>({
  register,
  errors,
}: {
  register: UseFormRegister<T>;
  errors: FieldErrors<TFields>;
}) => {
  const field = register as unknown as UseFormRegister<TFields>;
  return (
    <>
      <TextField label="Name" hint="As certificates name the issuer" {...field("name")} error={errors.name?.message} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField
          label="Country"
          hint="Two-letter ISO code, such as LK"
          maxLength={2}
          {...field("country")}
          error={errors.country?.message}
        />
        <SelectField
          label="Default language"
          options={tenantLanguages}
          {...field("defaultLanguage")}
          error={errors.defaultLanguage?.message}
        />
        <TextField
          label="Time zone"
          hint="IANA name, such as Asia/Colombo"
          {...field("timeZone")}
          error={errors.timeZone?.message}
        />
      </div>
    </>
  );
};
