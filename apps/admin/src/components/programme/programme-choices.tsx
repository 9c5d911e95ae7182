"use client";

import { CheckboxGroup } from "@vax/ui";
import { useTranslations } from "next-intl";
import { type Control, Controller, type FieldValues, type Path } from "react-hook-form";
import type { TProgrammeOption } from "@/lib/programme-options";

/** Props of {@link ProgrammeChoices}. */
export type ProgrammeChoicesProps<T extends FieldValues> = {
  control: Control<T>;
  programmes: TProgrammeOption[];
  hint: string;
  emptyText: string;
};

/** The "Programmes" checkboxes of a form whose record belongs to programmes (vaccines, facilities). */
export const ProgrammeChoices = <T extends FieldValues>({
  control,
  programmes,
  hint,
  emptyText,
}: ProgrammeChoicesProps<T>) => {
  const t = useTranslations("ProgrammeChoices");
  return (
    <Controller
      control={control}
      name={"programmeIds" as Path<T>}
      render={({ field, fieldState }) => (
        <CheckboxGroup
          label={t("label")}
          hint={hint}
          emptyText={emptyText}
          options={programmes.map((programme) => ({ value: programme.id, label: programme.name }))}
          value={field.value ?? []}
          onChange={field.onChange}
          onBlur={field.onBlur}
          name={field.name}
          inputRef={field.ref}
          error={fieldState.error?.message}
        />
      )}
    />
  );
};
