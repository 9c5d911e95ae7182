import { changeStatusBits, prisma } from "@vax/db";
import { normaliseCertificateId } from "../certification/certificate-id";
import { AppError } from "../errors";
import { certificateStatusView, type TCertificateStatusView } from "../lifecycle/certificate-status-view";
import { decideStatusChange } from "../lifecycle/status-transitions";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";

/** Options for {@link changeSchemaCredentialStatus}; `certificateId` is the id the credential names. */
export type ChangeSchemaCredentialStatusOptions = {
  actor: TActor;
  certificateId: string;
  kind: "revoke" | "suspend" | "reinstate";
  reason: string;
  now?: Date;
};

/**
 * Revokes, suspends or reinstates a credential issued under a schema, by the same rules as a certificate's status
 * (nothing leaves REVOKED; only an active credential is suspended): its bits in the tenant's status lists change in
 * the transaction that changes its status and writes the audit event. NOT_FOUND for another tenant's credential;
 * CONFLICT, with the reason, for a change its status does not allow.
 */
export const changeSchemaCredentialStatus = ({
  actor,
  certificateId,
  kind,
  reason,
  now = new Date(),
}: ChangeSchemaCredentialStatusOptions): Promise<TCertificateStatusView> => {
  const tenantId = tenantOf(actor);
  const stored = normaliseCertificateId(certificateId) ?? certificateId.trim();
  return prisma.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT "id" FROM "SchemaCredential" WHERE "tenantId" = ${tenantId} AND "certificateId" = ${stored} FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND", `No credential ${certificateId} in your tenant`);
    const row = await tx.schemaCredential.findUniqueOrThrow({ where: { id: locked.id } });
    // A suspension lasts until reinstated: the job that lifts timed suspensions reads certificates only.
    const change = decideStatusChange(kind, { ...row, successorId: null }, null);
    if ("refusal" in change) throw new AppError("CONFLICT", change.refusal);
    await changeStatusBits(tx, {
      tenantId,
      changes: change.bits.map(({ purpose, value }) => ({
        number: row.statusListNumber,
        index: row.statusListIndex,
        purpose,
        value,
      })),
      at: now,
    });
    const updated = await tx.schemaCredential.update({
      where: { id: row.id },
      data: { status: change.to, statusReason: reason, suspendedUntil: change.suspendedUntil, updatedAt: now },
    });
    await recordAudit(tx, actor, {
      action: change.action.replace(/^certificate\./, "credential."),
      entityType: "SchemaCredential",
      entityId: row.id,
      before: { status: row.status },
      after: { status: change.to, reason },
    });
    return certificateStatusView(updated);
  });
};
