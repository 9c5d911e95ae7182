"use client";

import { useQuery } from "@tanstack/react-query";
import { Alert } from "@vax/ui";
import { useTranslations } from "next-intl";
import { BULK_UPLOADS_KEY, fetchBulkUploads } from "@/lib/bulk-uploads-api";
import { BulkUploadProgress } from "./bulk-upload-progress";

/** The tenant's uploads, newest first, each with its live progress; read from the database, so a reload keeps them. */
export const BulkUploadList = ({ canCancel }: { canCancel: boolean }) => {
  const t = useTranslations("BulkUploadList");
  const { data, error } = useQuery({ queryKey: BULK_UPLOADS_KEY, queryFn: fetchBulkUploads });
  return (
    <section className="flex flex-col gap-3">
      <h2 className="text-lg font-semibold text-slate-800">{t("title")}</h2>
      {error ? <Alert tone="error">{error.message}</Alert> : null}
      {data && data.items.length === 0 ? <p className="text-sm text-slate-500">{t("none")}</p> : null}
      <ul className="flex flex-col gap-3">
        {data?.items.map((upload) => (
          <BulkUploadProgress key={upload.id} upload={upload} canCancel={canCancel} />
        ))}
      </ul>
    </section>
  );
};
