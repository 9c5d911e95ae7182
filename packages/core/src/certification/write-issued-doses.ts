import { type DatabaseTransaction, type EventSource, type Prisma, prisma } from "@vax/db";
import type { TActor } from "../shared/actor";
import { recordAudits } from "../shared/audit";
import { type TCertificateView, withQr } from "./certificate-view";
import { identityKey } from "./load-issuance-context";
import type { TPlannedDose } from "./plan-issuance";
import type { TStatusSlot } from "./status-allocation";

/** A planned dose with its signed credential, ready to store. */
export type TSignedDose = TPlannedDose & {
  certificateId: string;
  credential: Record<string, unknown>;
  slot: TStatusSlot;
  totalDoses: number;
};

const vaccinatorKey = (dose: TSignedDose) => `${dose.facility.id}\u0000${dose.request.vaccinatorName}`;

// Vaccinators the certify API names but nobody registered are added to their facility, once.
const namedVaccinators = async (tx: DatabaseTransaction, tenantId: string, doses: TSignedDose[]) => {
  const named = doses.filter((dose) => !dose.request.vaccinatorId && dose.request.vaccinatorName);
  if (!named.length) return new Map<string, string>();
  const existing = await tx.vaccinator.findMany({
    where: {
      tenantId,
      facilityId: { in: [...new Set(named.map((dose) => dose.facility.id))] },
      name: { in: [...new Set(named.map((dose) => dose.request.vaccinatorName as string))] },
    },
    select: { id: true, facilityId: true, name: true },
  });
  const ids = new Map(existing.map((row) => [`${row.facilityId}\u0000${row.name}`, row.id]));
  const missing = new Map<string, { tenantId: string; facilityId: string; name: string }>();
  for (const dose of named) {
    const key = vaccinatorKey(dose);
    if (!ids.has(key))
      missing.set(key, { tenantId, facilityId: dose.facility.id, name: dose.request.vaccinatorName as string });
  }
  if (missing.size) {
    const created = await tx.vaccinator.createManyAndReturn({
      data: [...missing.values()],
      select: { id: true, facilityId: true, name: true },
    });
    for (const row of created) ids.set(`${row.facilityId}\u0000${row.name}`, row.id);
  }
  return ids;
};

/** Options for {@link writeIssuedDoses}. */
export type WriteIssuedDosesOptions = {
  actor: TActor;
  tenantId: string;
  signingKeyId: string;
  source: EventSource;
  issuedAt: Date;
  doses: TSignedDose[];
};

/**
 * Stores a batch in one transaction: the new recipients, a vaccination event and a certificate per
 * dose, the pre-enrolments used, and the audit log. A concurrent writer of the same key, dose or
 * recipient makes the whole transaction fail with a unique violation, and nothing is kept.
 */
export const writeIssuedDoses = ({ actor, tenantId, signingKeyId, source, issuedAt, doses }: WriteIssuedDosesOptions) =>
  prisma.$transaction(
    async (tx): Promise<Map<number, TCertificateView>> => {
      const toCreate = new Map<string, Prisma.RecipientCreateManyInput>();
      for (const dose of doses) {
        if ("details" in dose.recipient) toCreate.set(dose.recipientKey, { ...dose.recipient.details, tenantId });
      }
      const created = toCreate.size
        ? await tx.recipient.createManyAndReturn({
            data: [...toCreate.values()],
            select: { id: true, identityType: true, identityNumber: true },
          })
        : [];
      const recipientIds = new Map(created.map((row) => [identityKey(row.identityType, row.identityNumber), row.id]));
      const recipientIdOf = (dose: TSignedDose) =>
        "id" in dose.recipient ? dose.recipient.id : (recipientIds.get(dose.recipientKey) as string);
      const vaccinatorIds = await namedVaccinators(tx, tenantId, doses);
      const events = await tx.vaccinationEvent.createManyAndReturn({
        data: doses.map((dose) => ({
          tenantId,
          recipientId: recipientIdOf(dose),
          programmeId: dose.programme.id,
          vaccineId: dose.vaccine.id,
          batch: dose.request.batch,
          dose: dose.request.dose,
          totalDoses: dose.totalDoses,
          vaccinatedAt: dose.request.vaccinatedAt,
          facilityId: dose.facility.id,
          vaccinatorId: dose.request.vaccinatorId ?? vaccinatorIds.get(vaccinatorKey(dose)) ?? null,
          source,
          idempotencyKey: dose.request.idempotencyKey,
        })),
        select: { id: true, idempotencyKey: true },
      });
      const eventIds = new Map(events.map((event) => [event.idempotencyKey, event.id]));
      const certificates = await tx.certificate.createManyAndReturn({
        data: doses.map((dose) => {
          const recipientId = recipientIdOf(dose);
          return {
            tenantId,
            certificateId: dose.certificateId,
            recipientId,
            programmeId: dose.programme.id,
            dose: dose.request.dose,
            vaccinationEventId: eventIds.get(dose.request.idempotencyKey) as string,
            format: "W3C_VC" as const,
            payload: dose.credential as Prisma.InputJsonObject,
            currentSlot: `${recipientId}:${dose.programme.id}:${dose.request.dose}:W3C_VC`,
            statusListNumber: dose.slot.number,
            statusListIndex: dose.slot.index,
            signingKeyId,
            issuedAt,
          };
        }),
        select: { id: true, certificateId: true, recipientId: true },
      });
      const codes = doses.flatMap((dose) => (dose.request.preEnrolmentCode ? [dose.request.preEnrolmentCode] : []));
      if (codes.length) {
        await tx.preEnrolment.updateMany({
          where: { tenantId, code: { in: codes }, status: "OPEN" },
          data: { status: "USED" },
        });
      }
      const rows = new Map(certificates.map((row) => [row.certificateId, row]));
      await recordAudits(
        tx,
        actor,
        doses.map((dose) => {
          const row = rows.get(dose.certificateId);
          return {
            action: "certificate.issued",
            entityType: "Certificate",
            entityId: row?.id ?? dose.certificateId,
            after: {
              certificateId: dose.certificateId,
              recipientId: row?.recipientId,
              dose: dose.request.dose,
              source,
            },
          };
        }),
      );
      return new Map(
        doses.map((dose) => {
          const row = rows.get(dose.certificateId);
          if (!row) throw new Error(`Certificate ${dose.certificateId} was not stored`);
          const view = withQr({
            id: row.id,
            certificateId: dose.certificateId,
            recipientId: row.recipientId,
            programmeId: dose.programme.id,
            programmeName: dose.programme.name,
            dose: dose.request.dose,
            totalDoses: dose.totalDoses,
            status: "ACTIVE",
            issuedAt: issuedAt.toISOString(),
            credential: dose.credential,
          });
          return [dose.index, view];
        }),
      );
    },
    { timeout: 60_000 },
  );
