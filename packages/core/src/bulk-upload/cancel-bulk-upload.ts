import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TBulkUploadView } from "../schemas/bulk-upload";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { findBulkUpload, getBulkUpload } from "./get-bulk-upload";

/** Options for {@link cancelBulkUpload}. */
export type CancelBulkUploadOptions = { actor: TActor; id: string };

/**
 * Cancels a queued or running upload: rows not yet processed stay unprocessed, what was created
 * stays. A chunk being processed stops before its next row; an upload already finished is a CONFLICT.
 */
export const cancelBulkUpload = async ({ actor, id }: CancelBulkUploadOptions): Promise<TBulkUploadView> => {
  const upload = await findBulkUpload({ actor, id }, "change");
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.bulkUpload.updateMany({
      where: { id: upload.id, status: { in: ["QUEUED", "RUNNING"] } },
      data: { status: "CANCELLED", finishedAt: new Date() },
    });
    if (count === 0) throw new AppError("CONFLICT", "This upload has finished already: there is nothing to cancel");
    await recordAudit(tx, actor, { action: "bulk-upload.cancelled", entityType: "BulkUpload", entityId: id });
  });
  return getBulkUpload({ actor, id });
};
