import { prisma } from "@vax/db";
import { citizenActor } from "../citizen/mobile-number";
import { findReadableCertificate } from "../citizen/readable-certificate";
import { AppError } from "../errors";
import { ZCitizenMobile } from "../schemas/citizen";
import { type TCorrectionRequestInput, ZCorrectionRequestInput } from "../schemas/correction-request";
import { recordAudit } from "../shared/audit";
import { isUniqueViolation } from "../shared/unique-violation";
import { MAX_OPEN_REQUESTS_PER_CITIZEN, takeCitizenSubmissionSlot } from "./citizen-limits";
import {
  citizenCorrectionRequestView,
  correctionRequestInclude,
  type TCitizenCorrectionRequest,
} from "./correction-request-view";

/** Options for {@link askForCorrection}: the signed-in citizen's number and what they ask. */
export type AskForCorrectionOptions = { mobile: string; input: TCorrectionRequestInput; now?: Date };

const whyNotCorrectable: Record<string, string> = {
  SUPERSEDED: "This certificate has already been replaced by a corrected one: ask about the current certificate",
  REVOKED: "This certificate has been revoked, so it can no longer be corrected",
  SUSPENDED: "This certificate is suspended: it can be corrected once it is valid again",
};

const notCorrectable = (status: string) =>
  new AppError("UNPROCESSABLE", whyNotCorrectable[status] ?? "This certificate cannot be corrected", [
    { path: "certificateId", message: "Not the current, valid certificate" },
  ]);

/**
 * A citizen asks for one of the certificates of someone on their number to be corrected: which
 * details are wrong, their right values, and a note for the admin. Only a certificate the
 * lifecycle could correct (the current, active version: not replaced, revoked or suspended) may be
 * asked about, one open request per certificate, at most three open at once per number and ten a day; all of it checked in the transaction that
 * stores the request, with its audit event.
 */
export const askForCorrection = async ({
  mobile: signedIn,
  input,
  now = new Date(),
}: AskForCorrectionOptions): Promise<TCitizenCorrectionRequest> => {
  const mobile = ZCitizenMobile.parse(signedIn);
  const { certificateId, changes, note } = ZCorrectionRequestInput.parse(input);
  const certificate = await findReadableCertificate({ type: "CITIZEN", mobile }, certificateId);
  if (certificate.status !== "ACTIVE") throw notCorrectable(certificate.status);
  try {
    return await prisma.$transaction(async (tx) => {
      await takeCitizenSubmissionSlot(tx, "correction-request", mobile, now);
      const open = await tx.correctionRequest.count({ where: { requestedBy: mobile, status: "OPEN" } });
      if (open >= MAX_OPEN_REQUESTS_PER_CITIZEN) {
        throw new AppError(
          "UNPROCESSABLE",
          `You already have ${MAX_OPEN_REQUESTS_PER_CITIZEN} correction requests waiting: you can ask again once one is decided`,
        );
      }
      const created = await tx.correctionRequest.create({
        data: {
          tenantId: certificate.tenantId,
          certificateId: certificate.id,
          requestedBy: mobile,
          changes,
          reason: note,
          openSlot: certificate.id,
          createdAt: now,
        },
        include: correctionRequestInclude,
      });
      await recordAudit(tx, citizenActor(mobile), {
        tenantId: certificate.tenantId,
        action: "correction-request.created",
        entityType: "CorrectionRequest",
        entityId: created.id,
        after: { certificateId: certificate.certificateId, fields: changes.map(({ field }) => field) },
      });
      return citizenCorrectionRequestView(created);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError(
        "CONFLICT",
        "You have already asked for this certificate to be corrected: wait for the answer",
        [{ path: "certificateId", message: "A request for this certificate is waiting" }],
      );
    }
    throw error;
  }
};
