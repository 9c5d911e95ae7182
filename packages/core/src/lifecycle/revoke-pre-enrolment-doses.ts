import { prisma } from "@vax/db";
import { AppError } from "../errors";
import { normalisePreEnrolmentCode } from "../schemas/pre-enrolment";
import { type TActor, tenantOf } from "../shared/actor";
import { applyStatusChanges } from "./apply-status-changes";
import type { TCertificateStatusView } from "./certificate-status-view";
import { certificateStatusView } from "./certificate-status-view";
import { targetSelect } from "./certificate-target";
import { decideChange } from "./change-certificate-status";
import { STATUS_CHANGE_TRANSACTION } from "./status-change-queue";

/** Options for {@link revokePreEnrolmentDoses}: the doses to revoke, or `all`. */
export type RevokePreEnrolmentDosesOptions = {
  actor: TActor;
  preEnrollmentCode: string;
  doses: number[] | "all";
  reason: string;
  now?: Date;
};

/**
 * DIVOC's revoke: the current certificates of some or all doses issued under a pre-enrolment code
 * are revoked in one transaction. A dose already revoked is answered as it is, so repeating the
 * call changes nothing; NOT_FOUND for an unknown code or a dose without a certificate.
 */
export const revokePreEnrolmentDoses = async ({
  actor,
  preEnrollmentCode,
  doses,
  reason,
  now = new Date(),
}: RevokePreEnrolmentDosesOptions): Promise<TCertificateStatusView[]> => {
  const tenantId = tenantOf(actor);
  const preEnrolment = await prisma.preEnrolment.findUnique({
    where: { tenantId_code: { tenantId, code: normalisePreEnrolmentCode(preEnrollmentCode) } },
    select: { recipientId: true, programmeId: true },
  });
  if (!preEnrolment)
    throw new AppError("NOT_FOUND", `No certificate was issued under pre-enrolment code ${preEnrollmentCode}`);
  const certificates = await prisma.certificate.findMany({
    where: {
      tenantId,
      recipientId: preEnrolment.recipientId,
      programmeId: preEnrolment.programmeId,
      currentSlot: { not: null },
      ...(doses === "all" ? {} : { dose: { in: doses } }),
    },
    select: { ...targetSelect, dose: true },
    orderBy: { dose: "asc" },
  });
  const missing = doses === "all" ? [] : doses.filter((dose) => !certificates.some((row) => row.dose === dose));
  if (missing.length || !certificates.length) {
    throw new AppError(
      "NOT_FOUND",
      `No certificate of dose ${missing.length ? missing.join(", ") : "any"} under pre-enrolment code ${preEnrollmentCode}`,
    );
  }
  const decided = await Promise.all(
    certificates
      .filter(({ status }) => status !== "REVOKED")
      .map((target) => decideChange(prisma, { target, kind: "revoke" })),
  );
  const changed = decided.length
    ? await prisma.$transaction(
        (tx) => applyStatusChanges(tx, { actor, changes: decided, reason, now }),
        STATUS_CHANGE_TRANSACTION,
      )
    : [];
  return certificates.map(
    (row) => changed.find(({ certificateId }) => certificateId === row.certificateId) ?? certificateStatusView(row),
  );
};
