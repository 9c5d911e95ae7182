"use client";

import type { TTemplateEditorOptions } from "@vax/core";
import { Button } from "@vax/ui";
import { type UseFormReturn, useFieldArray } from "react-hook-form";
import { TemplateBlockOptions } from "./template-block-options";
import { blockLabels, type TTemplateFormValues } from "./template-form-values";

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
  return (
    <fieldset className="min-w-0 flex flex-col gap-3">
      <legend className="mb-2 text-base font-semibold text-slate-900">Blocks, in print order</legend>
      <ol className="flex flex-col gap-3">
        {fields.map((block, index) => {
          const label = blockLabels[block.type] ?? block.type;
          return (
            <li key={block.id} className="rounded-md border border-slate-200 p-3" data-testid={`block-${block.type}`}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <label className="flex items-center gap-2 text-sm font-medium">
                  <input type="checkbox" {...form.register(`settings.blocks.${index}.enabled`)} />
                  Show {label}
                </label>
                <div className="flex gap-2">
                  <Button
                    variant="secondary"
                    aria-label={`Move ${label} up`}
                    disabled={index === 0}
                    onClick={() => move(index, index - 1)}
                  >
                    ↑ Up
                  </Button>
                  <Button
                    variant="secondary"
                    aria-label={`Move ${label} down`}
                    disabled={index === fields.length - 1}
                    onClick={() => move(index, index + 1)}
                  >
                    ↓ Down
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
