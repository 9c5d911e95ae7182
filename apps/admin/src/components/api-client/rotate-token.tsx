"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TCreatedApiClient } from "@vax/core";
import { Alert, Button, SelectField } from "@vax/ui";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { fetchJson } from "@/lib/fetch-json";
import { useDateFormatters } from "@/lib/format-date-time";
import { ApiClientToken } from "./api-client-token";

/**
 * Rotates an API client's token after the admin confirms and chooses how long the current token
 * keeps working, then shows the new token once.
 */
export const RotateToken = ({ id, name }: { id: string; name: string }) => {
  const t = useTranslations("ApiClientRotate");
  const { dateTime } = useDateFormatters();
  const graceChoices = [
    { value: "0", label: t("graceNone") },
    { value: "1", label: t("graceHour") },
    { value: "24", label: t("graceDay") },
    { value: "72", label: t("graceThreeDays") },
    { value: "168", label: t("graceWeek") },
  ];
  const [confirming, setConfirming] = useState(false);
  const [graceHours, setGraceHours] = useState("24");
  const headingId = useId();
  const queryClient = useQueryClient();
  const router = useRouter();
  const rotation = useMutation({
    mutationFn: () =>
      fetchJson<TCreatedApiClient>(`/api/v1/api-clients/${id}/rotate`, {
        method: "POST",
        body: JSON.stringify({ graceHours: Number(graceHours) }),
      }),
    // The page around this is server-rendered: refresh it so its token facts show the rotation.
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: ["api-clients"] });
      router.refresh();
    },
  });
  if (rotation.data) {
    const { client, token } = rotation.data;
    const oldUntil = client.previousTokenExpiresAt;
    return (
      <ApiClientToken name={name} token={token} expiresAt={client.expiresAt} heading={t("copyNewNow")}>
        <p className="text-sm text-amber-900">
          {t("replaceOld")}{" "}
          {oldUntil && new Date(oldUntil) > new Date()
            ? t("oldWorksUntil", { date: dateTime(oldUntil) })
            : t("oldStopped")}
        </p>
      </ApiClientToken>
    );
  }
  if (!confirming) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          {t("rotate")}
        </Button>
      </div>
    );
  }
  return (
    <section
      aria-labelledby={headingId}
      className="flex max-w-2xl flex-col gap-3 rounded-lg border border-slate-300 bg-white p-6"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t("confirmHeading", { name })}
      </h2>
      <p className="text-sm text-slate-700">{t("confirmText")}</p>
      <SelectField
        label={t("graceLabel")}
        value={graceHours}
        onChange={(event) => setGraceHours(event.target.value)}
        options={graceChoices}
      />
      {rotation.error ? <Alert tone="error">{rotation.error.message}</Alert> : null}
      <div className="flex gap-3">
        <Button variant="danger" disabled={rotation.isPending} onClick={() => rotation.mutate()}>
          {rotation.isPending ? t("rotating") : t("rotateNow")}
        </Button>
        <Button variant="secondary" disabled={rotation.isPending} onClick={() => setConfirming(false)}>
          {t("cancel")}
        </Button>
      </div>
    </section>
  );
};
