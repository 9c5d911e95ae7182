"use client";

import type { TFacilityView } from "@vax/core";
import { facilityCategories, type TFacilityInput, ZFacilityInput } from "@vax/core/schemas";
import { ReadyForm, SelectField, TextField } from "@vax/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormActions } from "@/components/form-actions";
import { ProgrammeChoices } from "@/components/programme/programme-choices";
/** A programme the form offers as a checkbox. */
import type { TProgrammeOption } from "@/lib/programme-options";
import { useResourceForm } from "@/lib/use-resource-form";

const blank: TFacilityInput = {
  code: "",
  name: "",
  addressLine: "",
  district: "",
  state: "",
  pincode: "",
  country: "IN",
  category: "GOVERNMENT",
  programmeIds: [],
};

const valuesOf = (facility?: TFacilityView): TFacilityInput =>
  facility
    ? {
        code: facility.code,
        name: facility.name,
        addressLine: facility.addressLine,
        district: facility.district,
        state: facility.state,
        pincode: facility.pincode,
        country: facility.country,
        category: facility.category,
        programmeIds: facility.programmes.map((programme) => programme.id),
      }
    : blank;

/** Creates a facility, or edits the one given; the programmes to choose from come from the page. */
export const FacilityForm = ({
  facility,
  programmes,
}: {
  facility?: TFacilityView;
  programmes: TProgrammeOption[];
}) => {
  const router = useRouter();
  const t = useTranslations("FacilityForm");
  const categoryLabels: Record<TFacilityInput["category"], string> = {
    GOVERNMENT: t("government"),
    PRIVATE: t("private"),
  };
  const categoryOptions = facilityCategories.map(({ value }) => ({ value, label: categoryLabels[value] }));
  const { form, submit, formError } = useResourceForm<TFacilityInput>({
    schema: ZFacilityInput,
    resource: "facilities",
    id: facility?.id,
    defaultValues: valuesOf(facility),
    onSaved: () => {
      router.push("/facilities");
      router.refresh();
    },
  });
  const { register, formState, control } = form;
  const error = (field: keyof TFacilityInput) => formState.errors[field]?.message as string | undefined;
  return (
    <ReadyForm onSubmit={submit} className="grid max-w-2xl gap-4 rounded-lg border border-slate-200 bg-white p-6">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField
          label={t("code")}
          hint={t("codeHint", { example: "KA-BLR-PHC-001" })}
          {...register("code")}
          error={error("code")}
        />
        <SelectField
          label={t("category")}
          options={categoryOptions}
          {...register("category")}
          error={error("category")}
        />
      </div>
      <TextField label={t("name")} {...register("name")} error={error("name")} />
      <TextField label={t("address")} {...register("addressLine")} error={error("addressLine")} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <TextField label={t("district")} {...register("district")} error={error("district")} />
        <TextField label={t("state")} {...register("state")} error={error("state")} />
        <TextField label={t("pincode")} inputMode="numeric" {...register("pincode")} error={error("pincode")} />
        <TextField
          label={t("country")}
          hint={t("countryHint", { example: "IN" })}
          maxLength={2}
          {...register("country")}
          error={error("country")}
        />
      </div>
      <ProgrammeChoices
        control={control}
        programmes={programmes}
        hint={t("programmesHint")}
        emptyText={t("noProgramme")}
      />
      <FormActions formError={formError} pending={formState.isSubmitting} cancelHref="/facilities" />
    </ReadyForm>
  );
};
