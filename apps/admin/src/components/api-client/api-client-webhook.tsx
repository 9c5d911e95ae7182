"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TApiClientWebhookAnswer, TApiClientWebhookSet } from "@vax/core/schemas";
import { Alert, Button, TextField } from "@vax/ui";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { fetchJson } from "@/lib/fetch-json";
import { WebhookDeliveries } from "./webhook-deliveries";

// Deliveries change while the page is open (the worker posts them): look again now and then.
const REFRESH_MS = 5_000;

/**
 * An API client's webhook: set or change its URL (a new signing secret is made and shown once),
 * remove it, and watch its latest callbacks delivered or failed.
 */
export const ApiClientWebhook = ({ id }: { id: string }) => {
  const t = useTranslations("ApiClientWebhook");
  const headingId = useId();
  const queryKey = ["api-client-webhook", id];
  const queryClient = useQueryClient();
  const [url, setUrl] = useState<string | null>(null);
  const current = useQuery({
    queryKey,
    queryFn: () => fetchJson<TApiClientWebhookAnswer>(`/api/v1/api-clients/${id}/webhook`),
    refetchInterval: REFRESH_MS,
  });
  const save = useMutation({
    mutationFn: (value: string) =>
      fetchJson<TApiClientWebhookSet>(`/api/v1/api-clients/${id}/webhook`, {
        method: "PUT",
        body: JSON.stringify({ url: value }),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
  const remove = useMutation({
    mutationFn: () => fetchJson<{ removed: boolean }>(`/api/v1/api-clients/${id}/webhook`, { method: "DELETE" }),
    onSuccess: () => {
      save.reset();
      setUrl(null);
      return queryClient.invalidateQueries({ queryKey });
    },
  });
  const webhook = current.data?.webhook ?? null;
  const shownUrl = url ?? webhook?.url ?? "";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(shownUrl);
  };
  return (
    <section
      aria-labelledby={headingId}
      className="flex max-w-4xl flex-col gap-4 rounded-lg border border-slate-300 bg-white p-6"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p className="text-sm text-slate-700">
        {t.rich("intro", {
          code: (chunks) => <code>{chunks}</code>,
          prefer: "Prefer: respond-async",
          algorithm: "HMAC-SHA256",
          header: "X-Vax-Signature",
        })}
      </p>
      <form onSubmit={submit} className="flex max-w-2xl flex-col gap-3">
        <TextField
          label={t("url")}
          type="url"
          required
          value={shownUrl}
          onChange={(event) => setUrl(event.target.value)}
          hint={t("urlHint", { scheme: "https://" })}
          error={save.error?.message}
        />
        <div className="flex gap-3">
          <Button type="submit" disabled={save.isPending || !shownUrl}>
            {save.isPending ? t("saving") : t("save")}
          </Button>
          {webhook ? (
            <Button variant="secondary" type="button" disabled={remove.isPending} onClick={() => remove.mutate()}>
              {t("remove")}
            </Button>
          ) : null}
        </div>
      </form>
      {save.data ? (
        <div className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-4">
          <p className="font-medium text-amber-900">{t("secretNow")}</p>
          <p className="text-sm text-amber-900">{t("secretUse", { header: "X-Vax-Signature" })}</p>
          <span className="text-sm font-medium text-amber-900">{t("secret")}</span>
          <code className="block select-all break-all rounded border border-amber-300 bg-white p-3 text-sm">
            {save.data.secret}
          </code>
        </div>
      ) : null}
      {remove.error ? <Alert tone="error">{remove.error.message}</Alert> : null}
      {current.error ? <Alert tone="error">{current.error.message}</Alert> : null}
      <h3 className="font-semibold text-slate-900">{t("deliveries")}</h3>
      {current.data ? <WebhookDeliveries deliveries={current.data.deliveries} /> : null}
    </section>
  );
};
