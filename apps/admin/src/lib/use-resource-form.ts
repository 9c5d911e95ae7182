"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import type { TLocale } from "@vax/config/i18n";
import { inPageLanguage } from "@vax/ui/translated-resolver";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { type FieldValues, type Path, type UseFormReturn, useForm } from "react-hook-form";
import type { z } from "zod";
import { ApiError, fetchJson } from "./fetch-json";

/** Options of {@link useResourceForm}. */
export type UseResourceFormOptions<I extends FieldValues> = {
  schema: z.ZodType<unknown, I>;
  resource: string;
  id?: string;
  defaultValues: I;
  onSaved: (saved: { id: string }) => void;
};

/**
 * A create/edit form of an admin resource: checked in the browser with the same zod schema as the
 * API, sent with POST (new) or PUT (edit), and the API's field errors put beside their fields.
 */
export const useResourceForm = <I extends FieldValues>({
  schema,
  resource,
  id,
  defaultValues,
  onSaved,
}: UseResourceFormOptions<I>) => {
  const locale = useLocale() as TLocale;
  const form: UseFormReturn<I> = useForm<I>({
    // biome-ignore lint/suspicious/noExplicitAny: the resolver's generics cannot follow a schema passed in as a parameter
    resolver: inPageLanguage(zodResolver(schema as any), locale) as any,
    defaultValues: defaultValues as never,
    mode: "onTouched",
  });
  const t = useTranslations("PortalForm");
  const [formError, setFormError] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    try {
      const saved = await fetchJson<{ id: string }>(id ? `/api/v1/${resource}/${id}` : `/api/v1/${resource}`, {
        method: id ? "PUT" : "POST",
        body: JSON.stringify(values),
      });
      await queryClient.invalidateQueries({ queryKey: [resource] });
      onSaved(saved);
    } catch (error) {
      if (!(error instanceof ApiError)) return setFormError(t("unreachable"));
      for (const detail of error.body.error.details) {
        if (detail.path) form.setError(detail.path as Path<I>, { message: detail.message });
      }
      setFormError(error.body.error.message);
    }
  });
  return { form, submit, formError };
};
