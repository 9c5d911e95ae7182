import { randomUUID } from "node:crypto";
import { type DatabaseTransaction, type EventSource, Prisma, prisma } from "@vax/db";
import type { TActor } from "../shared/actor";
import { recordAudits } from "../shared/audit";
import { isUniqueViolation } from "../shared/unique-violation";
import { type TCertificateView, withQr } from "./certificate-view";
import type { TRecipientDetails } from "./dose-request";
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

// The ids @default(uuid(7)) makes (RFC 9562 section 5.7): the millisecond time in the first 48 bits,
// version 7, then randomUUID's random bits and variant.
const uuid7 = (): string => {
  const time = Date.now().toString(16).padStart(12, "0");
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(15, 18)}-${random.slice(19)}`;
};

/** A column of a bulk insert: its SQL type and its value in each row. */
type TColumn<R> = [sqlType: string, value: (row: R) => string | number | null];

// Prisma's createMany spends about half a millisecond a row in the client (every value passes through
// its query plan), more than signing the credential: a thousand doses took 1.6-2.1 s to store that way
// and 0.3 s as one INSERT from unnest() per table, each column sent as one array parameter. Dates go as
// ISO text, which timestamp(3) reads as UTC, as Prisma stores them.
const insertRows = <R>(tx: DatabaseTransaction, table: string, columns: Record<string, TColumn<R>>, rows: R[]) => {
  const names = Object.keys(columns);
  const arrays = names.map((name) => {
    const [sqlType, value] = columns[name] as TColumn<R>;
    return Prisma.sql`${rows.map(value)}::${Prisma.raw(sqlType)}[]`;
  });
  return tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.raw(names.map((name) => `"${name}"`).join(", "))})
    SELECT * FROM unnest(${Prisma.join(arrays)})`;
};

const recipientColumns = (tenantId: string, now: string) =>
  ({
    id: ["text", ({ id }) => id],
    tenantId: ["text", () => tenantId],
    name: ["text", ({ details }) => details.name],
    dateOfBirth: ["date", ({ details }) => details.dateOfBirth?.toISOString().slice(0, 10) ?? null],
    age: ["int4", ({ details }) => details.age],
    gender: ['"Gender"', ({ details }) => details.gender],
    nationality: ["text", ({ details }) => details.nationality],
    identityType: ["text", ({ details }) => details.identityType],
    identityNumber: ["text", ({ details }) => details.identityNumber],
    mobile: ["text", ({ details }) => details.mobile],
    email: ["text", ({ details }) => details.email],
    addressLine: ["text", ({ details }) => details.addressLine],
    district: ["text", ({ details }) => details.district],
    state: ["text", ({ details }) => details.state],
    pincode: ["text", ({ details }) => details.pincode],
    country: ["text", ({ details }) => details.country],
    updatedAt: ["timestamp(3)", () => now],
  }) satisfies Partial<
    Record<keyof Prisma.RecipientCreateManyInput, TColumn<{ id: string; details: TRecipientDetails }>>
  >;

type TStoredDose = { dose: TSignedDose; eventId: string; certificateRowId: string; recipientId: string };

const eventColumns = (tenantId: string, source: EventSource, vaccinatorIdOf: (dose: TSignedDose) => string | null) =>
  ({
    id: ["text", ({ eventId }) => eventId],
    tenantId: ["text", () => tenantId],
    recipientId: ["text", ({ recipientId }) => recipientId],
    programmeId: ["text", ({ dose }) => dose.programme.id],
    vaccineId: ["text", ({ dose }) => dose.vaccine.id],
    batch: ["text", ({ dose }) => dose.request.batch],
    dose: ["int4", ({ dose }) => dose.request.dose],
    totalDoses: ["int4", ({ dose }) => dose.totalDoses],
    vaccinatedAt: ["timestamp(3)", ({ dose }) => dose.request.vaccinatedAt.toISOString()],
    facilityId: ["text", ({ dose }) => dose.facility.id],
    vaccinatorId: ["text", ({ dose }) => vaccinatorIdOf(dose)],
    source: ['"EventSource"', () => source],
    idempotencyKey: ["text", ({ dose }) => dose.request.idempotencyKey],
  }) satisfies Partial<Record<keyof Prisma.VaccinationEventCreateManyInput, TColumn<TStoredDose>>>;

const certificateColumns = (tenantId: string, signingKeyId: string, now: string) =>
  ({
    id: ["text", ({ certificateRowId }) => certificateRowId],
    tenantId: ["text", () => tenantId],
    certificateId: ["text", ({ dose }) => dose.certificateId],
    recipientId: ["text", ({ recipientId }) => recipientId],
    programmeId: ["text", ({ dose }) => dose.programme.id],
    dose: ["int4", ({ dose }) => dose.request.dose],
    vaccinationEventId: ["text", ({ eventId }) => eventId],
    format: ['"CertificateFormat"', () => "W3C_VC"],
    payload: ["jsonb", ({ dose }) => JSON.stringify(dose.credential)],
    currentSlot: ["text", ({ dose, recipientId }) => `${recipientId}:${dose.programme.id}:${dose.request.dose}:W3C_VC`],
    statusListNumber: ["int4", ({ dose }) => dose.slot.number],
    statusListIndex: ["int4", ({ dose }) => dose.slot.index],
    signingKeyId: ["text", () => signingKeyId],
    issuedAt: ["timestamp(3)", () => now],
    updatedAt: ["timestamp(3)", () => now],
  }) satisfies Partial<Record<keyof Prisma.CertificateCreateManyInput, TColumn<TStoredDose>>>;

/**
 * Whether storing a batch failed because a concurrent request stored the same key, dose or
 * recipient first: a unique violation, from Prisma's own queries or from the bulk inserts.
 */
export const isConcurrentIssue = (error: unknown): boolean => {
  if (isUniqueViolation(error)) return true;
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2010") return false;
  const cause = (error.meta?.driverAdapterError as { cause?: { kind?: string } } | undefined)?.cause;
  return cause?.kind === "UniqueConstraintViolation";
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
 * recipient makes the whole transaction fail with a unique violation ({@link isConcurrentIssue}),
 * and nothing is kept.
 */
export const writeIssuedDoses = ({ actor, tenantId, signingKeyId, source, issuedAt, doses }: WriteIssuedDosesOptions) =>
  prisma.$transaction(
    async (tx): Promise<Map<number, TCertificateView>> => {
      const now = issuedAt.toISOString();
      const newRecipients = new Map<string, { id: string; details: TRecipientDetails }>();
      for (const dose of doses) {
        if ("details" in dose.recipient && !newRecipients.has(dose.recipientKey)) {
          newRecipients.set(dose.recipientKey, { id: uuid7(), details: dose.recipient.details });
        }
      }
      if (newRecipients.size) {
        await insertRows(tx, "Recipient", recipientColumns(tenantId, now), [...newRecipients.values()]);
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
      await insertRows(tx, "VaccinationEvent", eventColumns(tenantId, source, vaccinatorIdOf), stored);
      await insertRows(tx, "Certificate", certificateColumns(tenantId, signingKeyId, now), stored);
      const codes = doses.flatMap((dose) => (dose.request.preEnrolmentCode ? [dose.request.preEnrolmentCode] : []));
      if (codes.length) {
        await tx.preEnrolment.updateMany({
          where: { tenantId, code: { in: codes }, status: "OPEN" },
          data: { status: "USED" },
        });
      }
      await recordAudits(
        tx,
        actor,
        stored.map(({ dose, certificateRowId, recipientId }) => ({
          action: "certificate.issued",
          entityType: "Certificate",
          entityId: certificateRowId,
          after: { certificateId: dose.certificateId, recipientId, dose: dose.request.dose, source },
        })),
      );
      return new Map(
        stored.map(({ dose, certificateRowId, recipientId }) => [
          dose.index,
          withQr({
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
          }),
        ]),
      );
    },
    { timeout: 60_000 },
  );
