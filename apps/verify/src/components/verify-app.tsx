"use client";

import type { TLocale } from "@vax/config/i18n";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { type CertificateCheck, checkCertificate } from "@/lib/browser/check-certificate";
import { judgingMoment } from "@/lib/browser/check-settings";
import { mergeLocalTrust } from "@/lib/browser/local-trust";
import { destinationsOf } from "@/lib/browser/rules-data";
import { CheckSettingsForm } from "./check-settings";
import { DataStatus } from "./data-status";
import { InputMethods } from "./input-methods";
import { LocalTrustDocuments } from "./local-trust-documents";
import { resultSummary } from "./result-summary";
import { ResultView } from "./result-view";
import { useCheckSettings } from "./use-check-settings";
import { useIssuerData } from "./use-issuer-data";
import { useLocalTrust } from "./use-local-trust";

type Stage =
  | { kind: "input" }
  | { kind: "checking" }
  | { kind: "done"; check: CertificateCheck; text: string }
  | { kind: "failed"; message: string };

/** The checker: take a certificate, check it in this browser against the kept trust and status data, show the answer. */
export const VerifyApp = () => {
  const t = useTranslations();
  const locale = useLocale() as TLocale;
  const issuerData = useIssuerData();
  const localTrust = useLocalTrust();
  const [stage, setStage] = useState<Stage>({ kind: "input" });
  const [settings, setSettings] = useCheckSettings();
  const { ready } = issuerData;
  const kept = issuerData.data?.rules?.rules;
  const destinations = useMemo(() => destinationsOf(kept ?? []), [kept]);

  const check = useCallback(
    async (text: string) => {
      setStage({ kind: "checking" });
      try {
        const { trust, rules } = await ready();
        const basis = {
          trust: mergeLocalTrust(trust, localTrust.documents),
          rules: rules?.rules ?? [],
          destination: settings.destination,
          at: judgingMoment(settings, new Date()),
        };
        setStage({ kind: "done", check: await checkCertificate(text, basis, window.location.origin), text });
      } catch (error) {
        setStage({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
      }
    },
    [ready, settings, localTrust.documents],
  );

  const announcement =
    stage.kind === "done"
      ? resultSummary(t, locale, stage.check.result)
      : stage.kind === "checking"
        ? t("Verify.checking")
        : stage.kind === "failed"
          ? t("Verify.failed", { message: stage.message })
          : "";

  return (
    <div className="space-y-4">
      <p role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
      {stage.kind === "done" ? (
        <ResultView
          check={stage.check}
          onDone={() => setStage({ kind: "input" })}
          onRetry={() => void check(stage.text)}
        />
      ) : stage.kind === "checking" ? (
        <div className="flex items-center gap-3 rounded-2xl border border-slate-200 bg-white px-5 py-8 shadow-sm">
          <span
            className="h-6 w-6 animate-spin rounded-full border-2 border-teal-700 border-t-transparent"
            aria-hidden="true"
          />
          <p className="text-slate-700">{t("Verify.checkingHere")}</p>
        </div>
      ) : (
        <>
          {stage.kind === "failed" ? (
            <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
              {t("Verify.failed", { message: stage.message })}
            </p>
          ) : null}
          <InputMethods onRead={check} />
          <CheckSettingsForm settings={settings} destinations={destinations} onChange={setSettings} />
        </>
      )}
      <DataStatus state={issuerData} localDocuments={localTrust.documents.length} />
      <LocalTrustDocuments state={localTrust} />
    </div>
  );
};
