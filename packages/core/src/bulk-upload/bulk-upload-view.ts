import { type BulkRowOutcome, type BulkUpload, prisma } from "@vax/db";
import type { TBulkKind, TBulkUploadView } from "../schemas/bulk-upload";

type TCounts = Record<BulkRowOutcome, number>;

const noCounts = (): TCounts => ({ PENDING: 0, CREATED: 0, EXISTING: 0, FAILED: 0 });

/** How many rows of each upload have each outcome, counted from the rows themselves so that a count never drifts from them. */
export const rowCounts = async (uploadIds: string[]): Promise<Map<string, TCounts>> => {
  const counts = new Map(uploadIds.map((id) => [id, noCounts()]));
  if (uploadIds.length === 0) return counts;
  const groups = await prisma.bulkUploadRow.groupBy({
    by: ["uploadId", "outcome"],
    where: { uploadId: { in: uploadIds } },
    _count: { _all: true },
  });
  for (const group of groups) {
    const entry = counts.get(group.uploadId);
    if (entry) entry[group.outcome] = group._count._all;
  }
  return counts;
};

/** A bulk upload as the API answers it: status, counts, and the rate and time left measured since its first chunk started. */
export const bulkUploadView = (upload: BulkUpload, counts: TCounts, now = new Date()): TBulkUploadView => {
  const succeeded = counts.CREATED + counts.EXISTING;
  const processed = succeeded + counts.FAILED;
  const end = upload.finishedAt ?? now;
  const seconds = upload.startedAt ? Math.max((end.getTime() - upload.startedAt.getTime()) / 1000, 0.001) : null;
  const rowsPerSecond = seconds !== null && processed > 0 ? Math.round((processed / seconds) * 10) / 10 : null;
  const finished = upload.status !== "QUEUED" && upload.status !== "RUNNING";
  const secondsLeft = finished ? 0 : rowsPerSecond ? Math.ceil((upload.totalRows - processed) / rowsPerSecond) : null;
  return {
    id: upload.id,
    kind: upload.kind as TBulkKind,
    fileName: upload.fileName,
    status: upload.status.toLowerCase() as TBulkUploadView["status"],
    total: upload.totalRows,
    processed,
    succeeded,
    failed: counts.FAILED,
    existing: counts.EXISTING,
    rowsPerSecond,
    secondsLeft,
    createdAt: upload.createdAt.toISOString(),
    startedAt: upload.startedAt?.toISOString() ?? null,
    finishedAt: upload.finishedAt?.toISOString() ?? null,
  };
};
