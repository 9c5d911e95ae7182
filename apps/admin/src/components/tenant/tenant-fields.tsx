"use client";

import type { TTenantCreateInput } from "@vax/core/schemas";
import { tenantLanguages } from "@vax/core/schemas";
import { SelectField, TextField } from "@vax/ui";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("TenantForm");
  const field = register as unknown as UseFormRegister<TFields>;
  return (
    <>
      <TextField label={t("name")} hint={t("nameHint")} {...field("name")} error={errors.name?.message} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        <TextField
          label={t("country")}
          hint={t("countryHint", { example: "LK" })}
          maxLength={2}
          {...field("country")}
          error={errors.country?.message}
        />
        <SelectField
          label={t("defaultLanguage")}
          options={tenantLanguages}
          {...field("defaultLanguage")}
          error={errors.defaultLanguage?.message}
        />
        <TextField
          label={t("timeZone")}
          hint={t("timeZoneHint", { example: "Asia/Colombo" })}
          {...field("timeZone")}
          error={errors.timeZone?.message}
        />
      </div>
    </>
  );
};
