import { prisma } from "@vax/db";
import { citizenActor } from "../citizen/mobile-number";
import { findReadableCertificate } from "../citizen/readable-certificate";
import { takeCitizenSubmissionSlot } from "../correction-request/citizen-limits";
import { ZCitizenMobile } from "../schemas/citizen";
import { type TFeedbackInput, ZFeedbackInput } from "../schemas/feedback";
import { recordAudit } from "../shared/audit";
import { feedbackInclude, feedbackView, type TFeedbackView } from "./feedback-view";

/** Options for {@link giveFeedback}: the signed-in citizen's number and their feedback. */
export type GiveFeedbackOptions = { mobile: string; input: TFeedbackInput; now?: Date };

/**
 * A citizen rates the vaccination behind one of the certificates on their number (1 to 5, with
 * words if they like). It is counted for the facility where that dose was given. Ten pieces of
 * feedback a day per number at most; each is in the audit log, without its text.
 */
export const giveFeedback = async ({
  mobile: signedIn,
  input,
  now = new Date(),
}: GiveFeedbackOptions): Promise<TFeedbackView> => {
  const mobile = ZCitizenMobile.parse(signedIn);
  const { certificateId, rating, message } = ZFeedbackInput.parse(input);
  const certificate = await findReadableCertificate({ type: "CITIZEN", mobile }, certificateId);
  const { facilityId } = await prisma.vaccinationEvent.findUniqueOrThrow({
    where: { id: certificate.vaccinationEventId },
    select: { facilityId: true },
  });
  return prisma.$transaction(async (tx) => {
    await takeCitizenSubmissionSlot(tx, "feedback", mobile, now);
    const created = await tx.feedback.create({
      data: {
        tenantId: certificate.tenantId,
        certificateId: certificate.id,
        facilityId,
        mobile,
        rating,
        message,
        createdAt: now,
      },
      include: feedbackInclude,
    });
    await recordAudit(tx, citizenActor(mobile), {
      tenantId: certificate.tenantId,
      action: "feedback.given",
      entityType: "Feedback",
      entityId: created.id,
      after: { certificateId: certificate.certificateId, rating },
    });
    return feedbackView(created);
  });
};
