"use client";

import type { TFacilityOption, TUserView } from "@vax/core";
import { type TUserCreateInput, ZUserCreateInput, ZUserUpdateInput } from "@vax/core/schemas";
import { ReadyForm, SelectField, TextField } from "@vax/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { FormActions } from "@/components/form-actions";
import { useResourceForm } from "@/lib/use-resource-form";
import { useRoleLabels } from "./role-labels";

// One form for both: a new user sets a password, an existing one may be given a new one.
type TUserFormValues = Omit<TUserCreateInput, "password"> & { password?: string; newPassword?: string };

const valuesOf = (user?: TUserView): TUserFormValues =>
  user
    ? {
        name: user.name,
        email: user.email,
        role: user.role as TUserFormValues["role"],
        facilityId: user.facilityId ?? "",
        licenceNumber: user.vaccinator?.licenceNumber ?? "",
        mobile: user.vaccinator?.mobile ?? "",
        newPassword: "",
      }
    : { name: "", email: "", role: "VACCINATOR", facilityId: "", licenceNumber: "", mobile: "", password: "" };

// Facilities are offered by name; the code is added only where two share a name.
const facilityOptions = (facilities: TFacilityOption[], noFacility: string) => [
  { value: "", label: noFacility },
  ...facilities.map((facility) => ({
    value: facility.id,
    label: facilities.some((other) => other.id !== facility.id && other.name === facility.name)
      ? `${facility.name} (${facility.code})`
      : facility.name,
  })),
];

/** Props of {@link UserForm}: the user to edit (none for a new one) and the facilities to choose from. */
export type UserFormProps = { user?: TUserView; facilities: TFacilityOption[] };

/** Creates a user, or edits the one given; vaccinators' licence and mobile go on their vaccinator record. */
export const UserForm = ({ user, facilities }: UserFormProps) => {
  const router = useRouter();
  const t = useTranslations("UserForm");
  const { roleOptions } = useRoleLabels();
  const { form, submit, formError } = useResourceForm<TUserFormValues>({
    schema: (user ? ZUserUpdateInput : ZUserCreateInput) as z.ZodType<unknown, TUserFormValues>,
    resource: "users",
    id: user?.id,
    defaultValues: valuesOf(user),
    onSaved: () => {
      router.push("/users");
      router.refresh();
    },
  });
  const { register, formState } = form;
  const error = (field: keyof TUserFormValues) => formState.errors[field]?.message as string | undefined;
  return (
    <ReadyForm onSubmit={submit} className="grid max-w-2xl gap-4 rounded-lg border border-slate-200 bg-white p-6">
      <TextField label={t("name")} autoComplete="off" {...register("name")} error={error("name")} />
      <TextField label={t("email")} type="email" autoComplete="off" {...register("email")} error={error("email")} />
      <SelectField label={t("role")} options={roleOptions} {...register("role")} error={error("role")} />
      {user ? (
        <TextField
          label={t("newPassword")}
          type="password"
          autoComplete="new-password"
          hint={t("newPasswordHint")}
          {...register("newPassword")}
          error={error("newPassword")}
        />
      ) : (
        <TextField
          label={t("password")}
          type="password"
          autoComplete="new-password"
          hint={t("passwordHint")}
          {...register("password")}
          error={error("password")}
        />
      )}
      <SelectField
        label={t("facility")}
        options={facilityOptions(facilities, t("noFacility"))}
        hint={t("facilityHint")}
        {...register("facilityId")}
        error={error("facilityId")}
      />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          label={t("licenceNumber")}
          hint={t("licenceNumberHint")}
          {...register("licenceNumber")}
          error={error("licenceNumber")}
        />
        <TextField
          label={t("mobile")}
          type="tel"
          hint={t("mobileHint")}
          {...register("mobile")}
          error={error("mobile")}
        />
      </div>
      <FormActions formError={formError} pending={formState.isSubmitting} cancelHref="/users" />
    </ReadyForm>
  );
};
