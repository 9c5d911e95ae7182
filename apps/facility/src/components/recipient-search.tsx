"use client";

import type { TLocale } from "@vax/config/i18n";
import type { TRecipientView } from "@vax/core";
import { translateMessage } from "@vax/core/messages";
import { normalisePreEnrolmentCode, ZRecipientSearch } from "@vax/core/schemas";
import { Alert, Button, ReadyForm, TextField } from "@vax/ui";
import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { callApi } from "@/lib/api-call";
import type { FacilityDatabase } from "@/lib/offline/facility-database";
import { findCachedRecipients } from "@/lib/offline/recipient-cache";
import { useHydrated } from "@/lib/use-hydrated";
import { RecipientCard } from "./recipient-card";

type TResults = { q: string; items: TRecipientView[]; fromDevice: boolean };

// A pre-enrolment code names one person: the vaccinator goes straight to them.
const preEnrolledBy = (q: string, items: TRecipientView[]) => {
  const code = normalisePreEnrolmentCode(q);
  const [only] = items;
  return items.length === 1 && only?.preEnrolments.some((enrolment) => enrolment.code === code) ? only : undefined;
};

/**
 * Finds the recipient by mobile number, identity number or pre-enrolment code: on the server when
 * it can be reached, else among the recipients opened on this device.
 */
export const RecipientSearch = ({
  db,
  online,
  initialQuery,
  onOpen,
  onRegister,
}: {
  db: FacilityDatabase;
  online: boolean;
  initialQuery: string;
  onOpen: (recipient: TRecipientView) => void;
  onRegister: () => void;
}) => {
  const [q, setQ] = useState(initialQuery);
  const [error, setError] = useState<string | null>(null);
  const [results, setResults] = useState<TResults | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();
  const t = useTranslations("Search");
  const locale = useLocale() as TLocale;

  const search = useCallback(
    async (text: string) => {
      const parsed = ZRecipientSearch.safeParse({ q: text });
      if (!parsed.success) {
        const [issue] = parsed.error.issues;
        return setError(issue ? translateMessage(issue.message, locale) : t("enterSearch"));
      }
      setError(null);
      setPending(true);
      const outcome = online
        ? await callApi<{ items: TRecipientView[] }>(`/api/v1/recipients?q=${encodeURIComponent(parsed.data.q)}`)
        : ({ kind: "unreachable" } as const);
      const byCode = outcome.kind === "ok" ? preEnrolledBy(parsed.data.q, outcome.body.items) : undefined;
      if (byCode) {
        setPending(false);
        return onOpen(byCode);
      }
      if (outcome.kind === "ok") setResults({ q: parsed.data.q, items: outcome.body.items, fromDevice: false });
      else if (outcome.kind === "error") setError(outcome.error.details[0]?.message ?? outcome.error.message);
      else setResults({ q: parsed.data.q, items: await findCachedRecipients(db, parsed.data.q), fromDevice: true });
      setPending(false);
    },
    [db, online, onOpen, t, locale],
  );

  // A search handed over by the walk-in form (the identity already registered) runs at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the query handed in when the view opens
  useEffect(() => {
    if (initialQuery) search(initialQuery).catch(console.error);
  }, [initialQuery]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    search(q).catch(console.error);
  };

  return (
    <section aria-labelledby="find-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 id="find-heading" className="text-2xl font-semibold text-slate-900">
          {t("title")}
        </h1>
        <Button variant="secondary" onClick={onRegister} disabled={!hydrated}>
          {t("register")}
        </Button>
      </div>
      <ReadyForm
        onSubmit={onSubmit}
        className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
      >
        <div className="min-w-64 flex-1">
          <TextField
            label={t("query")}
            name="q"
            value={q}
            onChange={(event) => setQ(event.target.value)}
            error={error ?? undefined}
            autoComplete="off"
            inputMode="text"
          />
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? t("searching") : t("search")}
        </Button>
      </ReadyForm>
      {results ? (
        <section aria-label={t("results")} className="flex flex-col gap-3">
          {results.fromDevice ? <Alert tone="info">{t("fromDevice")}</Alert> : null}
          {results.items.length === 0 ? (
            <p className="text-sm text-slate-600">{t("none", { q: results.q })}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {results.items.map((recipient) => (
                <li key={recipient.id} className="rounded-lg border border-slate-200 bg-white p-4">
                  <RecipientCard
                    recipient={recipient}
                    masked
                    action={
                      <Button onClick={() => onOpen(recipient)} aria-label={t("openName", { name: recipient.name })}>
                        {t("open")}
                      </Button>
                    }
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </section>
  );
};
