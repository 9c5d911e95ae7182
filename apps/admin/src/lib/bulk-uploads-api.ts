import type { TBulkKind, TBulkUploadView, TErrorBody } from "@vax/core/schemas";
import { ApiError, fetchJson } from "./fetch-json";

/** The query key of the bulk uploads list and of each upload's progress. */
export const BULK_UPLOADS_KEY = ["bulk-uploads"] as const;

/** Uploads a CSV file of a kind; the browser sets the multipart boundary itself. */
export const uploadBulkFile = async (kind: TBulkKind, file: File): Promise<{ id: string }> => {
  const body = new FormData();
  body.set("kind", kind);
  body.set("file", file);
  const response = await fetch("/api/v1/bulk-uploads", { method: "POST", body });
  const answer = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(
      response.status,
      (answer as TErrorBody | null) ?? { error: { code: "INTERNAL", message: response.statusText, details: [] } },
    );
  }
  return answer as { id: string };
};

/** The tenant's uploads, newest first. */
export const fetchBulkUploads = () => fetchJson<{ items: TBulkUploadView[] }>("/api/v1/bulk-uploads");

/** One upload's progress. */
export const fetchBulkUpload = (id: string) => fetchJson<TBulkUploadView>(`/api/v1/bulk-uploads/${id}`);

/** Cancels an upload. */
export const cancelBulkUpload = (id: string) =>
  fetchJson<TBulkUploadView>(`/api/v1/bulk-uploads/${id}/cancel`, { method: "POST" });

/** Whether the workers may still change an upload. */
export const isActive = (upload: TBulkUploadView) => upload.status === "queued" || upload.status === "running";
