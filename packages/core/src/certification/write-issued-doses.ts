import { bulkInsert, type DatabaseTransaction, type EventSource, prisma, uuid7 } from "@vax/db";
import { queueNoticesOf } from "../notification/queue-certificate-notice";
import type { TActor } from "../shared/actor";
import type { TCertificateView } from "./certificate-view";
import type { TRecipientDetails } from "./dose-request";
import {
  certificateColumns,
  eventColumns,
  issuedAuditColumns,
  preEnrolmentColumns,
  recipientColumns,
} from "./issued-dose-columns";
import type { TPlannedDose } from "./plan-issuance";
import type { TStatusSlot } from "./status-allocation";

/** A planned dose with its signed credential, ready to store. */
export type TSignedDose = TPlannedDose & {
  certificateId: string;
  credential: Record<string, unknown>;
  /** The credential's JSON text exactly as signed, which its QR text encodes. */
  json: string;
  /** The credential's native QR text, encoded where it was signed. */
  qr: string;
  slot: TStatusSlot;
  totalDoses: number;
};

/** A dose as stored: its signed dose, the ids of its rows, and its recipient's id. */
export type TStoredDose = { dose: TSignedDose; eventId: string; certificateRowId: string; recipientId: string };

/** A recipient to create, with the id given to its row. */
export type TNewRecipient = { id: string; details: TRecipientDetails };

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
  /** Runs last in the same transaction, with the certificates written by request index. */
  onWritten?: (tx: DatabaseTransaction, written: Map<number, TCertificateView>) => Promise<void>;
};

/**
 * Stores a batch in one transaction: the new recipients, a vaccination event and a certificate per
 * dose, the pre-enrolments used, the audit log, and the "your certificate is ready" notices. A concurrent writer of the same key, dose or
 * recipient makes the whole transaction fail with a unique violation (`isUniqueViolation`),
 * and nothing is kept.
 */
export const writeIssuedDoses = ({
  actor,
  tenantId,
  signingKeyId,
  source,
  issuedAt,
  doses,
  onWritten,
}: WriteIssuedDosesOptions) =>
  prisma.$transaction(
    async (tx): Promise<Map<number, TCertificateView>> => {
      const now = issuedAt.toISOString();
      const newRecipients = new Map<string, TNewRecipient>();
      for (const dose of doses) {
        if ("details" in dose.recipient && !newRecipients.has(dose.recipientKey)) {
          newRecipients.set(dose.recipientKey, { id: uuid7(), details: dose.recipient.details });
        }
      }
      if (newRecipients.size) {
        await bulkInsert(tx, "Recipient", recipientColumns(tenantId, now), [...newRecipients.values()]);
      }
      const stored: TStoredDose[] = doses.map((dose) => ({
        dose,
        eventId: uuid7(),
        certificateRowId: uuid7(),
        recipientId: "id" in dose.recipient ? dose.recipient.id : (newRecipients.get(dose.recipientKey)?.id as string),
      }));
      const vaccinatorIds = await namedVaccinators(tx, tenantId, doses);
      const vaccinatorIdOf = (dose: TSignedDose) =>
        dose.request.vaccinatorId ?? vaccinatorIds.get(vaccinatorKey(dose)) ?? null;
      await bulkInsert(tx, "VaccinationEvent", eventColumns(tenantId, source, vaccinatorIdOf), stored);
      await bulkInsert(tx, "Certificate", certificateColumns(tenantId, signingKeyId, now), stored);
      const codes = doses.flatMap((dose) => (dose.request.preEnrolmentCode ? [dose.request.preEnrolmentCode] : []));
      if (codes.length) {
        await tx.preEnrolment.updateMany({
          where: { tenantId, code: { in: codes }, status: "OPEN" },
          data: { status: "USED" },
        });
        // DIVOC lets the certifying system choose a code it never pre-enrolled: it is kept, so that the
        // certificates can be updated and revoked by it later (PUT /certificate, DELETE /certificates/{code}).
        const named = stored.filter(({ dose }) => dose.request.preEnrolmentCode);
        await bulkInsert(tx, "PreEnrolment", preEnrolmentColumns(tenantId, now), named, { skipDuplicates: true });
      }
      await bulkInsert(tx, "AuditEvent", issuedAuditColumns(actor, source, now), stored);
      await queueNoticesOf(
        tx,
        "issued",
        stored.map(({ dose, certificateRowId }) => ({
          id: certificateRowId,
          tenantId,
          certificateId: dose.certificateId,
          programmeName: dose.programme.name,
          dose: dose.request.dose,
          recipient: "details" in dose.recipient ? dose.recipient.details : dose.recipient,
        })),
      );
      const written = new Map<number, TCertificateView>(
        stored.map(({ dose, certificateRowId, recipientId }) => [
          dose.index,
          {
            id: certificateRowId,
            certificateId: dose.certificateId,
            recipientId,
            programmeId: dose.programme.id,
            programmeName: dose.programme.name,
            dose: dose.request.dose,
            totalDoses: dose.totalDoses,
            status: "ACTIVE",
            issuedAt: now,
            credential: dose.credential,
            qr: dose.qr,
          },
        ]),
      );
      await onWritten?.(tx, written);
      return written;
    },
    // A batch racing another copy for the same rows waits on their locks while holding its connection, so
    // under load the pool stays busy past Prisma's default 2 s; waiting longer beats refusing the batch.
    { maxWait: 30_000, timeout: 60_000 },
  );
