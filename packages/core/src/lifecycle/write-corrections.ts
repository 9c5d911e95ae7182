import { changeStatusBits, prisma, uuid7 } from "@vax/db";
import type { TCertificateView } from "../certification/certificate-view";
import type { TStatusSlot } from "../certification/status-allocation";
import { AppError } from "../errors";
import { queueCertificateNotices } from "../notification/queue-certificate-notice";
import type { TActor } from "../shared/actor";
import { recordAudits } from "../shared/audit";
import { isUniqueViolation } from "../shared/unique-violation";
import type { TCorrectionPlan } from "./plan-correction";

/** A planned correction with its new version signed. */
export type TSignedCorrection = {
  plan: TCorrectionPlan;
  certificateId: string;
  slot: TStatusSlot;
  credential: Record<string, unknown>;
  qr: string;
};

/** Options for {@link writeCorrections}. */
export type WriteCorrectionsOptions = {
  actor: TActor;
  tenantId: string;
  signingKeyId: string;
  reason: string;
  now: Date;
  corrections: TSignedCorrection[];
};

const supersede = (tenantId: string, { plan }: TSignedCorrection, reason: string, now: Date) =>
  ({
    where: { id: plan.certificate.id, tenantId, status: "ACTIVE", currentSlot: { not: null } },
    data: { status: "SUPERSEDED", statusReason: reason, currentSlot: null, updatedAt: now },
  }) as const;

/**
 * Stores corrections in one transaction: each old version SUPERSEDED (only if it is still the
 * current, active one) with its revocation bit set, the recipient and vaccination event changed, the
 * new version taking the old one's place as the current certificate of its dose, and an audit
 * event on each version. CONFLICT, with nothing kept, when a certificate changed meanwhile or a
 * corrected identity belongs to another recipient.
 */
export const writeCorrections = async ({
  actor,
  tenantId,
  signingKeyId,
  reason,
  now,
  corrections,
}: WriteCorrectionsOptions): Promise<TCertificateView[]> => {
  try {
    return await prisma.$transaction(
      async (tx) => {
        const views: TCertificateView[] = [];
        for (const correction of corrections) {
          const { plan } = correction;
          const old = plan.certificate;
          const moved = await tx.certificate.updateMany(supersede(tenantId, correction, reason, now));
          if (moved.count !== 1) {
            throw new AppError(
              "CONFLICT",
              `Certificate ${old.certificateId} was changed by someone else at the same moment; look at it again`,
            );
          }
          if (Object.keys(plan.recipientData).length) {
            await tx.recipient.update({ where: { id: old.recipientId }, data: plan.recipientData });
          }
          if (Object.keys(plan.eventData).length) {
            await tx.vaccinationEvent.update({ where: { id: old.vaccinationEventId }, data: plan.eventData });
          }
          const created = await tx.certificate.create({
            data: {
              id: uuid7(),
              tenantId,
              certificateId: correction.certificateId,
              recipientId: old.recipientId,
              programmeId: old.programmeId,
              dose: old.dose,
              vaccinationEventId: old.vaccinationEventId,
              previousId: old.id,
              version: old.version + 1,
              format: old.format,
              payload: correction.credential as object,
              // The QR exactly as signed: every copy of the new version is read from it (one certificate, one QR).
              nativeQr: correction.qr,
              currentSlot: old.currentSlot,
              statusListNumber: correction.slot.number,
              statusListIndex: correction.slot.index,
              signingKeyId,
              issuedAt: now,
              updatedAt: now,
            },
            select: { id: true },
          });
          const change = { reason, changedFields: plan.changedFields };
          await recordAudits(tx, actor, [
            {
              tenantId,
              action: "certificate.superseded",
              entityType: "Certificate",
              entityId: old.id,
              before: { certificateId: old.certificateId, status: old.status },
              after: {
                certificateId: old.certificateId,
                status: "SUPERSEDED",
                supersededBy: correction.certificateId,
                ...change,
              },
            },
            {
              tenantId,
              action: "certificate.corrected",
              entityType: "Certificate",
              entityId: created.id,
              before: { certificateId: old.certificateId, version: old.version },
              after: { certificateId: correction.certificateId, version: old.version + 1, ...change },
            },
          ]);
          views.push({
            id: created.id,
            certificateId: correction.certificateId,
            recipientId: old.recipientId,
            programmeId: old.programmeId,
            programmeName: old.programme.name,
            dose: old.dose,
            totalDoses: plan.totalDoses,
            status: "ACTIVE",
            issuedAt: now.toISOString(),
            credential: correction.credential,
            qr: correction.qr,
          });
        }
        // Last, so the list rows every change shares are locked only for the commit that follows.
        await changeStatusBits(tx, {
          tenantId,
          at: now,
          changes: corrections.map(({ plan }) => ({
            number: plan.certificate.statusListNumber as number,
            index: plan.certificate.statusListIndex as number,
            purpose: "REVOCATION" as const,
            value: true,
          })),
        });
        await queueCertificateNotices(tx, { certificateIds: views.map(({ id }) => id), event: "corrected" });
        return views;
      },
      { timeout: 60_000 },
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError(
      "CONFLICT",
      "Another recipient of your tenant already has this identity document; correct that recipient's certificates instead",
      [{ path: "recipient.identityNumber", message: "Already registered to another recipient" }],
    );
  }
};
