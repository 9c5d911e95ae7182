import { prisma } from "@vax/db";
import { maskedMobile } from "../citizen/mobile-number";
import { type TRejectCorrectionRequestInput, ZRejectCorrectionRequestInput } from "../schemas/correction-request";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import {
  correctionRequestInclude,
  correctionRequestView,
  type TCorrectionRequestView,
} from "./correction-request-view";
import { decideOpenRequest } from "./decide-open-request";
import { queueDecisionNotice } from "./decision-notice";

/** Options for {@link rejectCorrectionRequest}: the admin, the request's id and the reason the citizen is told. */
export type RejectCorrectionRequestOptions = {
  actor: TActor;
  id: string;
  input: TRejectCorrectionRequestInput;
  now?: Date;
};

/**
 * Refuses an open correction request with a reason: the certificate stays as it is, the citizen
 * sees the reason and is sent it by SMS, and the refusal is in the audit log. A request already
 * decided is a CONFLICT.
 */
export const rejectCorrectionRequest = async ({
  actor,
  id,
  input,
  now = new Date(),
}: RejectCorrectionRequestOptions): Promise<TCorrectionRequestView> => {
  const { reason } = ZRejectCorrectionRequestInput.parse(input);
  return prisma.$transaction(async (tx) => {
    await decideOpenRequest(tx, { actor, id, status: "REJECTED", decision: { rejectionReason: reason }, now });
    const request = await tx.correctionRequest.findUniqueOrThrow({ where: { id }, include: correctionRequestInclude });
    await recordAudit(tx, actor, {
      action: "correction-request.rejected",
      entityType: "CorrectionRequest",
      entityId: id,
      before: { status: "OPEN" },
      after: { status: "REJECTED", reason, certificateId: request.certificate.certificateId },
    });
    await queueDecisionNotice(tx, request);
    return correctionRequestView(request, maskedMobile(request.requestedBy));
  });
};
