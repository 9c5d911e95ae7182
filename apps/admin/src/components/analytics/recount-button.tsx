"use client";

import { Button } from "@vax/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { fetchJson } from "@/lib/fetch-json";

/** Recounts the tenant's figures now (tenant admins), then shows them. */
export const RecountButton = () => {
  const router = useRouter();
  const t = useTranslations("AnalyticsRecount");
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });
  const recount = async () => {
    setState({ busy: true, message: null });
    try {
      const { outcome } = await fetchJson<{ outcome: string }>("/api/v1/analytics/refresh", {
        method: "POST",
        body: JSON.stringify({ force: true }),
      });
      setState({
        busy: false,
        message: outcome === "busy" ? t("busy") : null,
      });
      router.refresh();
    } catch (error) {
      setState({ busy: false, message: error instanceof Error ? error.message : t("failed") });
    }
  };
  return (
    <div className="flex items-center gap-3">
      <Button variant="secondary" onClick={recount} disabled={state.busy}>
        {state.busy ? t("recounting") : t("recountNow")}
      </Button>
      {state.message ? (
        <span role="status" className="text-sm text-slate-600">
          {state.message}
        </span>
      ) : null}
    </div>
  );
};
