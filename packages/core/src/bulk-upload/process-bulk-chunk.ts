import { type BulkUpload, prisma } from "@vax/db";
import type { TBulkKind } from "../schemas/bulk-upload";
import type { TActor } from "../shared/actor";
import type { TBulkChunk } from "./bulk-chunks";
import { settleRow, type TPendingRow } from "./bulk-row";
import { bulkUploadActor } from "./bulk-upload-actor";
import { processCertifyRows } from "./kinds/certify-rows";
import { facilityRows } from "./kinds/facility-rows";
import { preEnrolmentRows } from "./kinds/pre-enrolment-rows";
import { userRows } from "./kinds/user-rows";
import { processRecordRows } from "./process-record-rows";
import { loadTenantRefs } from "./tenant-refs";

const stillWanted = async (uploadId: string) =>
  (await prisma.bulkUpload.findUnique({ where: { id: uploadId }, select: { status: true } }))?.status === "RUNNING";

const processRows = async (upload: BulkUpload, actor: TActor, rows: TPendingRow[]) => {
  const kind = upload.kind as TBulkKind;
  if (kind === "certify") {
    await processCertifyRows({ actor, tenantId: upload.tenantId, rows });
    return;
  }
  const common = {
    kind,
    actor,
    tenantId: upload.tenantId,
    refs: await loadTenantRefs(upload.tenantId),
    rows,
    stillWanted: () => stillWanted(upload.id),
  };
  if (kind === "facilities") await processRecordRows({ ...common, recordKind: facilityRows });
  else if (kind === "users") await processRecordRows({ ...common, recordKind: userRows });
  else await processRecordRows({ ...common, recordKind: preEnrolmentRows });
};

// The first chunk's job to run starts the upload; the conditional update lets only one say so.
const markStarted = (uploadId: string) =>
  prisma.bulkUpload.updateMany({
    where: { id: uploadId, status: "QUEUED" },
    data: { status: "RUNNING", startedAt: new Date() },
  });

// Done once no row is pending; the conditional update lets only one chunk's job say so.
const finishIfComplete = async (uploadId: string) => {
  const pending = await prisma.bulkUploadRow.count({ where: { uploadId, outcome: "PENDING" } });
  if (pending === 0) {
    await prisma.bulkUpload.updateMany({
      where: { id: uploadId, status: "RUNNING" },
      data: { status: "DONE", finishedAt: new Date() },
    });
  }
};

/** Options for {@link processBulkChunk}. */
export type ProcessBulkChunkOptions = TBulkChunk;

/**
 * Processes one chunk of an upload, as a job: the upload turns RUNNING, its pending rows in the
 * chunk are processed as the uploader, and the upload turns DONE when no row is left. Rows already
 * settled are skipped, so a job run again after its worker stopped picks up where it was; a
 * cancelled or finished upload processes nothing. An uploader who may no longer act fails the upload.
 */
export const processBulkChunk = async ({ uploadId, fromRow, toRow }: ProcessBulkChunkOptions): Promise<void> => {
  await markStarted(uploadId);
  const upload = await prisma.bulkUpload.findUnique({ where: { id: uploadId } });
  if (upload?.status !== "RUNNING") return;
  const actor = await bulkUploadActor(upload);
  if (!actor) {
    await prisma.bulkUpload.updateMany({
      where: { id: uploadId, status: "RUNNING" },
      data: { status: "FAILED", finishedAt: new Date() },
    });
    return;
  }
  const rows = await prisma.bulkUploadRow.findMany({
    where: { uploadId, outcome: "PENDING", rowNumber: { gte: fromRow, lte: toRow } },
    orderBy: { rowNumber: "asc" },
    select: { id: true, rowNumber: true, data: true },
  });
  if (rows.length) {
    await processRows(
      upload,
      actor,
      rows.map((row) => ({ ...row, data: row.data as Record<string, string> })),
    );
  }
  await finishIfComplete(uploadId);
};

/**
 * Settles as failed, with the reason, the rows of a chunk still pending when its job has used up its
 * tries (the database kept refusing them, say), so that they show in the errors CSV and the upload
 * can finish instead of staying "running" for ever. A row's sealed secrets are erased as usual; a
 * cancelled or finished upload is left alone.
 */
export const giveUpBulkChunk = async ({ uploadId, fromRow, toRow }: TBulkChunk, reason: string): Promise<void> => {
  const upload = await prisma.bulkUpload.findUnique({ where: { id: uploadId }, select: { kind: true, status: true } });
  // A cancelled or finished upload keeps its rows as they are; one whose first try failed early was never started.
  if (upload?.status !== "QUEUED" && upload?.status !== "RUNNING") return;
  await markStarted(uploadId);
  const rows = await prisma.bulkUploadRow.findMany({
    where: { uploadId, outcome: "PENDING", rowNumber: { gte: fromRow, lte: toRow } },
    select: { id: true, rowNumber: true, data: true },
  });
  for (const row of rows) {
    await settleRow(
      prisma,
      upload.kind,
      { ...row, data: row.data as Record<string, string> },
      {
        outcome: "FAILED",
        error: `Not processed after repeated tries: ${reason}`,
      },
    );
  }
  await finishIfComplete(uploadId);
};
