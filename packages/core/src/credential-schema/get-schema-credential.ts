import { prisma } from "@vax/db";
import { normaliseCertificateId } from "../certification/certificate-id";
import { AppError } from "../errors";
import { type TActor, tenantOf } from "../shared/actor";
import { schemaCredentialView, type TSchemaCredentialView } from "./schema-credential-view";

/** A credential issued under a schema by the actor's tenant, by the id it names; NOT_FOUND for any other. */
export const getSchemaCredential = async ({
  actor,
  certificateId,
}: {
  actor: TActor;
  certificateId: string;
}): Promise<TSchemaCredentialView> => {
  const row = await prisma.schemaCredential.findFirst({
    where: { tenantId: tenantOf(actor), certificateId: normaliseCertificateId(certificateId) ?? certificateId.trim() },
    include: { schemaVersion: { select: { schemaId: true, version: true, credentialType: true } } },
  });
  if (!row) throw new AppError("NOT_FOUND", `No credential ${certificateId} in your tenant`);
  return schemaCredentialView(row);
};
