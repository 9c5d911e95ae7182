"use client";

import { Button } from "@vax/ui";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { fetchJson } from "@/lib/fetch-json";

/** Recounts the tenant's figures now (tenant admins), then shows them. */
export const RecountButton = () => {
  const router = useRouter();
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
        message: outcome === "busy" ? "A recount is already running; try again shortly." : null,
      });
      router.refresh();
    } catch (error) {
      setState({ busy: false, message: error instanceof Error ? error.message : "The recount failed" });
    }
  };
  return (
    <div className="flex items-center gap-3">
      <Button variant="secondary" onClick={recount} disabled={state.busy}>
        {state.busy ? "Recounting…" : "Recount now"}
      </Button>
      {state.message ? (
        <span role="status" className="text-sm text-slate-600">
          {state.message}
        </span>
      ) : null}
    </div>
  );
};
