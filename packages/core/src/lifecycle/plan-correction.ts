import { type Prisma, prisma } from "@vax/db";
import type { TCertificateCredentialFields, TCredentialDose } from "../certification/certificate-credential";
import { AppError } from "../errors";
import type { TCertificateCorrection } from "../schemas/lifecycle";
import type { TActor } from "../shared/actor";
import { successorOf, targetWhere } from "./certificate-target";
import { correctedDose } from "./corrected-dose";
import { correctedRecipient } from "./corrected-recipient";

const correctionInclude = {
  recipient: true,
  programme: {
    select: {
      id: true,
      name: true,
      vaccines: { where: { active: true } },
    },
  },
  vaccinationEvent: { include: { vaccine: true, facility: true } },
} satisfies Prisma.CertificateInclude;

/** The certificate a correction starts from, with what its new version is made of. */
export type TCorrectedCertificate = Prisma.CertificateGetPayload<{ include: typeof correctionInclude }>;

/** What a correction will do, worked out before anything is signed or written. */
export type TCorrectionPlan = {
  certificate: TCorrectedCertificate;
  /** The recipient's columns that change (empty when none do). */
  recipientData: Prisma.RecipientUpdateInput;
  /** The vaccination event's columns that change (empty when none do). */
  eventData: Prisma.VaccinationEventUncheckedUpdateInput;
  /** The paths of the fields that change, e.g. `recipient.name`, `dose.batch`. */
  changedFields: string[];
  /** What the new version's credential says, but for its id and status slot. */
  credential: Omit<TCertificateCredentialFields, "issuer" | "issuedAt" | "certificateId" | "slot">;
  totalDoses: number;
};

const notCurrent = async (certificate: TCorrectedCertificate): Promise<string | null> => {
  const id = certificate.certificateId;
  if (certificate.status === "SUPERSEDED") {
    const successor = await successorOf(prisma, certificate.id);
    return `Certificate ${id} was already corrected${successor ? ` by ${successor}` : ""}; correct the current version instead`;
  }
  if (certificate.status === "REVOKED")
    return `Certificate ${id} is revoked; a revoked certificate cannot be corrected`;
  if (certificate.status === "SUSPENDED") {
    return `Certificate ${id} is suspended; reinstate it before correcting it`;
  }
  return certificate.currentSlot ? null : `Certificate ${id} is not the current version of its dose`;
};

// The recipient's other doses the credential lists beside this one: the latest event of each earlier dose.
const earlierDoses = async (certificate: TCorrectedCertificate): Promise<TCredentialDose[]> => {
  const events = await prisma.vaccinationEvent.findMany({
    where: {
      tenantId: certificate.tenantId,
      recipientId: certificate.recipientId,
      programmeId: certificate.programmeId,
      dose: { lt: certificate.dose },
    },
    include: { vaccine: true, facility: true },
    orderBy: [{ dose: "asc" }, { createdAt: "asc" }],
  });
  const byDose = new Map(events.map((event) => [event.dose, event]));
  return [...byDose.values()];
};

/** Options for {@link planCorrection}. */
export type PlanCorrectionOptions = {
  actor: TActor;
  certificateId: string;
  changes: TCertificateCorrection;
  now: Date;
};

/**
 * Works out a correction of one of the actor's certificates: which fields really change, the
 * recipient and vaccination event columns to write, and what the new version's credential says.
 * NOT_FOUND for a certificate not theirs; CONFLICT for one that is not the current, active
 * version; VALIDATION_FAILED, naming the field, for a change the dose rules refuse or one that
 * changes nothing.
 */
export const planCorrection = async ({
  actor,
  certificateId,
  changes,
  now,
}: PlanCorrectionOptions): Promise<TCorrectionPlan> => {
  const certificate = await prisma.certificate.findFirst({
    where: targetWhere(actor, certificateId),
    include: correctionInclude,
  });
  if (!certificate) throw new AppError("NOT_FOUND", `No certificate ${certificateId} in your tenant`);
  const refusal = await notCurrent(certificate);
  if (refusal) throw new AppError("CONFLICT", refusal);
  const recipient = correctedRecipient(certificate.recipient, changes.recipient ?? {});
  const dose = await correctedDose({
    certificate,
    changes: changes.dose ?? {},
    dateOfBirth: recipient.dateOfBirth,
    now,
  });
  const changedFields = [...recipient.changedFields, ...dose.changedFields];
  if (!changedFields.length) {
    throw new AppError(
      "VALIDATION_FAILED",
      `The correction changes nothing: every field given already has that value on certificate ${certificate.certificateId}`,
    );
  }
  return {
    certificate,
    recipientData: recipient.data,
    eventData: dose.data,
    changedFields,
    credential: {
      recipient: recipient.credential,
      doses: [...(await earlierDoses(certificate)), dose.credential],
      validUntil: dose.validUntil,
    },
    totalDoses: dose.credential.totalDoses,
  };
};
