"use client";

import type { TTemplateEditorOptions } from "@vax/core";
import { Button } from "@vax/ui";
import { useTranslations } from "next-intl";
import { type UseFormReturn, useFieldArray } from "react-hook-form";
import { TemplateBlockOptions } from "./template-block-options";
import { type TTemplateFormValues, useTemplateNames } from "./template-form-values";

/**
 * The page's blocks in print order: each switched on or off, moved up or down with buttons (usable
 * with the keyboard alone, unlike dragging), with its own options beneath it.
 */
export const TemplateBlocksFieldset = ({
  form,
  options,
  errorAt,
}: {
  form: UseFormReturn<TTemplateFormValues>;
  options: TTemplateEditorOptions;
  errorAt: (path: string) => string | undefined;
}) => {
  const { fields, move } = useFieldArray({ control: form.control, name: "settings.blocks" });
  const t = useTranslations("TemplateEditor");
  const names = useTemplateNames();
  return (
    <fieldset className="min-w-0 flex flex-col gap-3">
      <legend className="mb-2 text-base font-semibold text-slate-900">{t("blocksLegend")}</legend>
      <ol className="flex flex-col gap-3">
        {fields.map((block, index) => {
          const label = names.block(block.type);
          return (
            <li key={block.id} className="rounded-md border border-slate-200 p-3" data-testid={`block-${block.type}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <label className="flex items-center gap-2 text-sm font-medium">
                  <input type="checkbox" {...form.register(`settings.blocks.${index}.enabled`)} />
                  {t("showBlock", { block: label })}
                </label>
                <div className="flex gap-2">
                  <Button
                    variant="secondary"
                    aria-label={t("moveUpLabel", { block: label })}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                  >
                    {t("moveUp")}
                  </Button>
                  <Button
                    variant="secondary"
                    aria-label={t("moveDownLabel", { block: label })}
                    disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    {t("moveDown")}
                  </Button>
                </div>
              </div>
              <div className="mt-2">
                <TemplateBlockOptions form={form} index={index} options={options} errorAt={errorAt} />
              </div>
            </li>
          );
        })}
      </ol>
    </fieldset>
  );
};
