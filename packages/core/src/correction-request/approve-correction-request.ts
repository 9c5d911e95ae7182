import { prisma } from "@vax/db";
import { maskedMobile } from "../citizen/mobile-number";
import { AppError } from "../errors";
import { correctCertificate } from "../lifecycle/correct-certificate";
import { type TActor, tenantFilter } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { citizenCorrection } from "./citizen-correction";
import {
  correctionRequestInclude,
  correctionRequestView,
  storedChanges,
  type TCorrectionRequestView,
} from "./correction-request-view";
import { decideOpenRequest } from "./decide-open-request";
import { queueDecisionNotice } from "./decision-notice";

/** Options for {@link approveCorrectionRequest}: the admin and the request's id. */
export type ApproveCorrectionRequestOptions = { actor: TActor; id: string; now?: Date };

// Claimed for approval but not corrected (the correction was refused, or failed): open again, as it was.
const reopen = (id: string, certificateRowId: string) =>
  prisma.correctionRequest.updateMany({
    where: { id, status: "APPROVED", resultCertificateId: null },
    data: { status: "OPEN", openSlot: certificateRowId, decidedById: null, decidedAt: null },
  });

/**
 * Approves an open correction request: performs the correction the citizen asked for through the
 * lifecycle (a new certificate version, the old one superseded), links the request to the new
 * version, audits the approval and tells the citizen. The request is claimed first by one
 * conditional update, so of two approvals at once only one corrects; when the correction is
 * refused (the certificate is no longer current, a named vaccine is unknown) the request is open
 * again and the refusal is passed on.
 */
export const approveCorrectionRequest = async ({
  actor,
  id,
  now = new Date(),
}: ApproveCorrectionRequestOptions): Promise<TCorrectionRequestView> => {
  const request = await prisma.correctionRequest.findFirst({
    where: { id, ...tenantFilter(actor, "change") },
    include: { certificate: { select: { id: true, certificateId: true, tenantId: true, programmeId: true } } },
  });
  if (!request) throw new AppError("NOT_FOUND", "There is no correction request with this id");
  await decideOpenRequest(prisma, { actor, id, status: "APPROVED", decision: {}, now });
  let corrected: Awaited<ReturnType<typeof correctCertificate>>;
  try {
    const changes = await citizenCorrection(prisma, request.certificate, storedChanges(request.changes));
    corrected = await correctCertificate({
      actor,
      certificateId: request.certificate.certificateId,
      changes,
      reason: `Correction request of ${maskedMobile(request.requestedBy)}: ${request.reason}`,
      now,
    });
  } catch (error) {
    await reopen(id, request.certificate.id);
    throw error;
  }
  return prisma.$transaction(async (tx) => {
    const approved = await tx.correctionRequest.update({
      where: { id },
      data: { resultCertificateId: corrected.certificate.id },
      include: correctionRequestInclude,
    });
    await recordAudit(tx, actor, {
      action: "correction-request.approved",
      entityType: "CorrectionRequest",
      entityId: id,
      before: { status: "OPEN" },
      after: {
        status: "APPROVED",
        certificateId: corrected.previousCertificateId,
        newCertificateId: corrected.certificate.certificateId,
      },
    });
    await queueDecisionNotice(tx, approved);
    return correctionRequestView(approved, maskedMobile(approved.requestedBy));
  });
};
