"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, TextAreaField, TextField } from "@vax/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { fetchJson } from "@/lib/fetch-json";

/** Props of {@link ConfirmAction}. */
export type ConfirmActionProps = {
  /** The button's words, such as "Revoke". */
  label: string;
  /** What will happen, shown before the person confirms. */
  consequence: string;
  /** The POST route that does it. */
  url: string;
  variant?: "primary" | "secondary" | "danger";
  /** When given, a reason must be written, and is sent as `{ reason }`. */
  reasonLabel?: string;
  /**
   * When given, a time may be chosen until which the step holds, read in the person's own time zone
   * and sent as `until` (an ISO date-time).
   */
  untilLabel?: string;
  /** The list queries to refresh once done. */
  invalidates?: string[];
  /** Further fields of the body, such as which version a step applies to. */
  body?: Record<string, unknown>;
};

/**
 * A button for a step that is hard or impossible to undo: it first says what will happen (and asks
 * why, when a reason is kept), and only a second, explicit confirmation does it.
 */
export const ConfirmAction = ({
  label,
  consequence,
  url,
  variant = "secondary",
  reasonLabel,
  untilLabel,
  invalidates = [],
  body = {},
}: ConfirmActionProps) => {
  const t = useTranslations("PortalConfirm");
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLFieldSetElement>(null);
  const wasOpen = useRef(false);
  const [reason, setReason] = useState("");
  const [until, setUntil] = useState("");
  const queryClient = useQueryClient();
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: () =>
      fetchJson(url, {
        method: "POST",
        body: JSON.stringify({
          ...body,
          ...(reasonLabel ? { reason } : {}),
          ...(untilLabel && until ? { until: new Date(until).toISOString() } : {}),
        }),
      }),
    onSuccess: async () => {
      setOpen(false);
      setReason("");
      setUntil("");
      await Promise.all(invalidates.map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
      router.refresh();
    },
  });
  // Keyboard users are taken into the confirmation when it opens, and back to its button when it
  // closes, instead of being dropped at the top of the page with the element that had focus.
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>("textarea, input, button")?.focus();
    else if (wasOpen.current) trigger.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !mutation.isPending) setOpen(false);
  };
  if (!open) {
    return (
      <Button ref={trigger} variant={variant} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <fieldset
      ref={panel}
      onKeyDown={onKeyDown}
      className="flex max-w-md flex-col gap-3 rounded-md border border-slate-300 bg-slate-50 p-4"
    >
      <legend className="sr-only">{label}</legend>
      <p className="text-sm text-slate-800">{consequence}</p>
      {reasonLabel ? (
        <TextAreaField
          label={reasonLabel}
          rows={2}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      ) : null}
      {untilLabel ? (
        <TextField
          label={untilLabel}
          type="datetime-local"
          value={until}
          onChange={(event) => setUntil(event.target.value)}
        />
      ) : null}
      {mutation.error ? <Alert tone="error">{mutation.error.message}</Alert> : null}
      <div className="flex gap-2">
        <Button
          variant={variant === "secondary" ? "primary" : variant}
          disabled={mutation.isPending || (reasonLabel !== undefined && reason.trim() === "")}
          onClick={() => mutation.mutate()}
        >
          {mutation.isPending ? t("working") : t("confirm", { action: label.toLowerCase() })}
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)} disabled={mutation.isPending}>
          {t("cancel")}
        </Button>
      </div>
    </fieldset>
  );
};
