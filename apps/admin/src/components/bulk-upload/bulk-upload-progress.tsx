"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TBulkUploadView } from "@vax/core/schemas";
import { Alert, Button } from "@vax/ui";
import { useTranslations } from "next-intl";
import { BULK_UPLOADS_KEY, cancelBulkUpload, fetchBulkUpload, isActive } from "@/lib/bulk-uploads-api";
import { useDateFormatters } from "@/lib/format-date-time";
import { useBulkKindLabels } from "./bulk-kind-labels";

// How often a running upload is asked for its progress.
const POLL_MS = 1_000;

/**
 * One upload's progress, polled from the API while the workers may still change it: rows done of
 * the total, succeeded (and of them already there), failed, the rate and the time left; Cancel
 * while it runs, and the failed rows as CSV.
 */
export const BulkUploadProgress = ({ upload, canCancel }: { upload: TBulkUploadView; canCancel: boolean }) => {
  const t = useTranslations("BulkUploadProgress");
  const { dateTime } = useDateFormatters();
  const kindLabels = useBulkKindLabels();
  const statusLabels: Record<TBulkUploadView["status"], string> = {
    queued: t("queued"),
    running: t("running"),
    done: t("done"),
    failed: t("failed"),
    cancelled: t("cancelled"),
  };
  const duration = (seconds: number) =>
    seconds < 60
      ? t("seconds", { seconds })
      : t("minutes", { minutes: Math.floor(seconds / 60), seconds: String(seconds % 60).padStart(2, "0") });
  const queryClient = useQueryClient();
  const { data = upload } = useQuery({
    queryKey: [...BULK_UPLOADS_KEY, upload.id],
    queryFn: () => fetchBulkUpload(upload.id),
    initialData: upload,
    refetchInterval: (query) => (query.state.data && isActive(query.state.data) ? POLL_MS : false),
  });
  const cancel = useMutation({
    mutationFn: () => cancelBulkUpload(upload.id),
    onSuccess: (cancelled) => {
      queryClient.setQueryData([...BULK_UPLOADS_KEY, upload.id], cancelled);
      return queryClient.invalidateQueries({ queryKey: BULK_UPLOADS_KEY, exact: true });
    },
  });
  const percent = data.total ? Math.floor((data.processed / data.total) * 100) : 100;
  const active = isActive(data);
  // The counts read as one line of parts, each part its own message so that a language can word it.
  const counts = [
    t("rowsDone", { processed: data.processed, total: data.total }),
    data.existing
      ? `${t("succeeded", { succeeded: data.succeeded })} ${t("existing", { existing: data.existing })}`
      : t("succeeded", { succeeded: data.succeeded }),
    t("failedRows", { failed: data.failed }),
    ...(data.rowsPerSecond !== null ? [t("rate", { rate: data.rowsPerSecond })] : []),
    ...(active && data.secondsLeft !== null ? [t("timeLeft", { duration: duration(data.secondsLeft) })] : []),
  ];
  return (
    <li
      aria-label={t("upload", { name: data.fileName })}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-medium text-slate-800">
          {data.fileName} <span className="text-sm text-slate-500">({kindLabels[data.kind]})</span>
        </span>
        <span className="text-sm text-slate-600">
          {dateTime(data.createdAt)} · <strong data-testid="bulk-status">{statusLabels[data.status]}</strong>
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={t("progress", { name: data.fileName })}
        aria-valuemin={0}
        aria-valuemax={data.total}
        aria-valuenow={data.processed}
        className="h-3 w-full overflow-hidden rounded bg-slate-100"
      >
        <div className="h-full bg-teal-600 transition-all" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm text-slate-700" data-testid="bulk-counts">
        {counts.join(" · ")}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        {active && canCancel ? (
          <Button variant="secondary" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
            {cancel.isPending ? t("cancelling") : t("cancel")}
          </Button>
        ) : null}
        {data.failed > 0 ? (
          <a
            href={`/api/v1/bulk-uploads/${data.id}/errors.csv`}
            download
            className="text-sm font-medium text-teal-800 underline"
          >
            {t("downloadFailed", { count: data.failed })}
          </a>
        ) : null}
      </div>
      {cancel.error ? <Alert tone="error">{cancel.error.message}</Alert> : null}
    </li>
  );
};
