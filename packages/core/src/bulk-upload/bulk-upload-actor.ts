import type { BulkUpload } from "@vax/db";
import { prisma } from "@vax/db";
import { loadUserActor } from "../auth/actor-of-user";
import type { TActor } from "../shared/actor";

/**
 * Who an upload's rows are processed as: the user who uploaded it, read afresh (a deactivated user
 * or tenant processes nothing more), or the API client, if still active. Null when neither may act.
 */
export const bulkUploadActor = async (upload: BulkUpload): Promise<TActor | null> => {
  if (upload.uploadedById) return loadUserActor(upload.uploadedById);
  if (!upload.apiClientId) return null;
  const client = await prisma.apiClient.findUnique({
    where: { id: upload.apiClientId },
    include: { tenant: { select: { active: true } } },
  });
  if (!client?.active || !client.tenant.active) return null;
  return {
    type: "API_CLIENT",
    id: client.id,
    label: `API client ${client.name} (${client.tokenPrefix})`,
    tenantId: client.tenantId,
    role: null,
    facilityId: null,
  };
};
