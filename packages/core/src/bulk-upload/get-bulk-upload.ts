import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TBulkUploadView } from "../schemas/bulk-upload";
import { type TAccess, type TActor, tenantFilter } from "../shared/actor";
import { bulkUploadView, rowCounts } from "./bulk-upload-view";

/** Options for {@link getBulkUpload}. */
export type GetBulkUploadOptions = { actor: TActor; id: string };

/** Finds an upload the actor may see (or change), or NOT_FOUND (another tenant's upload included). */
export const findBulkUpload = async ({ actor, id }: GetBulkUploadOptions, access: TAccess = "read") => {
  const upload = await prisma.bulkUpload.findFirst({ where: { id, ...tenantFilter(actor, access) } });
  if (!upload) throw new AppError("NOT_FOUND", "No such bulk upload");
  return upload;
};

/** A bulk upload with its progress: what the progress bar polls. */
export const getBulkUpload = async (options: GetBulkUploadOptions): Promise<TBulkUploadView> => {
  const upload = await findBulkUpload(options);
  const counts = await rowCounts([upload.id]);
  return bulkUploadView(upload, counts.get(upload.id) ?? { PENDING: 0, CREATED: 0, EXISTING: 0, FAILED: 0 });
};
