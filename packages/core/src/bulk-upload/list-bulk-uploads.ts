import { prisma } from "@vax/db";
import type { TBulkUploadView } from "../schemas/bulk-upload";
import { type TActor, tenantFilter } from "../shared/actor";
import { bulkUploadView, rowCounts } from "./bulk-upload-view";

/** Options for {@link listBulkUploads}. */
export type ListBulkUploadsOptions = { actor: TActor; limit?: number };

/** The bulk uploads the actor may see, newest first, each with its progress. */
export const listBulkUploads = async ({ actor, limit = 50 }: ListBulkUploadsOptions): Promise<TBulkUploadView[]> => {
  const uploads = await prisma.bulkUpload.findMany({
    where: tenantFilter(actor),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  const counts = await rowCounts(uploads.map(({ id }) => id));
  return uploads.map((upload) =>
    bulkUploadView(upload, counts.get(upload.id) ?? { PENDING: 0, CREATED: 0, EXISTING: 0, FAILED: 0 }),
  );
};
