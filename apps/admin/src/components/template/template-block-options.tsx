"use client";

import type { TTemplateEditorOptions } from "@vax/core";
import { TextField } from "@vax/ui";
import { useTranslations } from "next-intl";
import { Controller, type UseFormReturn, useWatch } from "react-hook-form";
import { ImageUploadField } from "./image-upload-field";
import type { TTemplateFormValues } from "./template-form-values";

type TBlockOptionsProps = {
  form: UseFormReturn<TTemplateFormValues>;
  index: number;
  options: TTemplateEditorOptions;
  errorAt: (path: string) => string | undefined;
};

const FieldChoices = ({
  legend,
  choices,
  chosen,
  labelOf,
  onChange,
}: {
  legend: string;
  choices: readonly string[];
  chosen: readonly string[];
  labelOf: (field: string) => string;
  onChange: (fields: string[]) => void;
}) => (
  <fieldset className="min-w-0 flex flex-wrap gap-x-4 gap-y-1">
    <legend className="mb-1 text-sm font-medium text-slate-700">{legend}</legend>
    {choices.map((field) => (
      <label key={field} className="flex items-center gap-1 text-sm">
        <input
          type="checkbox"
          checked={chosen.includes(field)}
          onChange={(event) =>
            onChange(
              event.target.checked
                ? choices.filter((f) => f === field || chosen.includes(f))
                : chosen.filter((f) => f !== field),
            )
          }
        />
        {labelOf(field)}
      </label>
    ))}
  </fieldset>
);

/** The options of one block: the header's logo, the holder's and event's fields, the QR's size, the signature. */
export const TemplateBlockOptions = ({ form, index, options, errorAt }: TBlockOptionsProps) => {
  const { control, register } = form;
  const t = useTranslations("TemplateEditor");
  const block = useWatch({ control, name: `settings.blocks.${index}` });
  const fieldNames = useWatch({ control, name: "settings.labels.en.fields" });
  const labelOf = (field: string) => fieldNames?.[field] ?? field;
  const path = `settings.blocks.${index}` as const;
  if (block.type === "header") {
    return (
      <Controller
        control={control}
        name={`${path}.logo` as never}
        render={({ field }) => (
          <ImageUploadField
            label={t("logo")}
            value={(field.value as string | null) ?? null}
            maxBytes={options.maxImageBytes}
            error={errorAt(`${path}.logo`)}
            onChange={field.onChange}
          />
        )}
      />
    );
  }
  if (block.type === "holder" || block.type === "event") {
    const choices = block.type === "holder" ? options.holderFields : options.eventFields;
    return (
      <Controller
        control={control}
        name={`${path}.fields` as never}
        render={({ field }) => (
          <FieldChoices
            legend={t("fieldsShown")}
            choices={choices}
            chosen={(field.value as string[] | null) ?? choices}
            labelOf={labelOf}
            // Every event field chosen is stored as null: the block then also prints fields a later schema adds.
            onChange={(fields) =>
              field.onChange(block.type === "event" && fields.length === choices.length ? null : fields)
            }
          />
        )}
      />
    );
  }
  if (block.type === "qr") {
    return (
      <TextField
        label={t("qrSize", { min: options.qrSizeMm.min, max: options.qrSizeMm.max })}
        type="number"
        min={options.qrSizeMm.min}
        max={options.qrSizeMm.max}
        {...register(`${path}.sizeMm` as never, { valueAsNumber: true })}
        error={errorAt(`${path}.sizeMm`)}
      />
    );
  }
  if (block.type === "signature") {
    return (
      <div className="grid grid-cols-1 gap-3">
        <Controller
          control={control}
          name={`${path}.image` as never}
          render={({ field }) => (
            <ImageUploadField
              label={t("signatureImage")}
              value={(field.value as string | null) ?? null}
              maxBytes={options.maxImageBytes}
              error={errorAt(`${path}.image`)}
              onChange={field.onChange}
            />
          )}
        />
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField label={t("signatoryName")} {...register(`${path}.signatoryName` as never)} />
          <TextField label={t("signatoryTitle")} {...register(`${path}.signatoryTitle` as never)} />
        </div>
      </div>
    );
  }
  return null;
};
