"use client";

import type { TErrorBody } from "@vax/core/schemas";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

/** What the preview shows: the PDF's blob: URL, whether a newer one is being drawn, and why the last one failed. */
export type TTemplatePreview = { url: string | null; pending: boolean; error: TErrorBody["error"] | null };

// Long enough that typing a title draws once, short enough to feel live.
const DEBOUNCE_MS = 600;

/**
 * The real PDF the settings print (English and `lang`), drawn by the server with a sample credential of the schema
 * (a vaccination certificate when null) each time they settle
 * for a moment; an older answer that arrives late never replaces a newer one.
 */
export const useTemplatePreview = (settings: unknown, lang: string, schemaId: string | null): TTemplatePreview => {
  const [preview, setPreview] = useState<TTemplatePreview>({ url: null, pending: true, error: null });
  const body = JSON.stringify({ settings, schemaId });
  const latest = useRef(0);
  const t = useTranslations("TemplatePreview");
  const unreachable = t("unreachable");
  useEffect(() => {
    const request = ++latest.current;
    setPreview((current) => ({ ...current, pending: true }));
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/templates/preview?lang=${encodeURIComponent(lang)}`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
        });
        if (request !== latest.current) return;
        if (!response.ok) {
          const failure = (await response.json().catch(() => null)) as TErrorBody | null;
          const error = failure?.error ?? { code: "INTERNAL", message: response.statusText, details: [] };
          setPreview((current) => ({ ...current, pending: false, error }));
          return;
        }
        const url = URL.createObjectURL(await response.blob());
        setPreview((current) => {
          if (current.url) URL.revokeObjectURL(current.url);
          return { url, pending: false, error: null };
        });
      } catch {
        const error = { code: "INTERNAL" as const, message: unreachable, details: [] };
        if (request === latest.current) setPreview((current) => ({ ...current, pending: false, error }));
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [body, lang, unreachable]);
  return preview;
};
