import { type EventSource, type Prisma, type TBulkColumn, uuid7 } from "@vax/db";
import type { TActor } from "../shared/actor";
import type { TNewRecipient, TSignedDose, TStoredDose } from "./write-issued-doses";

// Each map is checked against Prisma's create input, so a renamed or dropped column fails to compile.

/** The Recipient columns of a batch's new recipients. */
export const recipientColumns = (tenantId: string, now: string) =>
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
  }) satisfies Partial<Record<keyof Prisma.RecipientCreateManyInput, TBulkColumn<TNewRecipient>>>;

/** The VaccinationEvent columns of a batch's doses. */
export const eventColumns = (
  tenantId: string,
  source: EventSource,
  vaccinatorIdOf: (dose: TSignedDose) => string | null,
) =>
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
    apiClientId: ["text", ({ dose }) => dose.request.caller?.apiClientId ?? null],
    requestHash: ["text", ({ dose }) => dose.request.caller?.requestHash ?? null],
  }) satisfies Partial<Record<keyof Prisma.VaccinationEventCreateManyInput, TBulkColumn<TStoredDose>>>;

/** The Certificate columns of a batch's doses. */
export const certificateColumns = (tenantId: string, signingKeyId: string, now: string) =>
  ({
    id: ["text", ({ certificateRowId }) => certificateRowId],
    tenantId: ["text", () => tenantId],
    certificateId: ["text", ({ dose }) => dose.certificateId],
    recipientId: ["text", ({ recipientId }) => recipientId],
    programmeId: ["text", ({ dose }) => dose.programme.id],
    dose: ["int4", ({ dose }) => dose.request.dose],
    vaccinationEventId: ["text", ({ eventId }) => eventId],
    format: ['"CertificateFormat"', () => "W3C_VC"],
    payload: ["jsonb", ({ dose }) => dose.json],
    nativeQr: ["text", ({ dose }) => dose.qr],
    currentSlot: ["text", ({ dose, recipientId }) => `${recipientId}:${dose.programme.id}:${dose.request.dose}:W3C_VC`],
    statusListNumber: ["int4", ({ dose }) => dose.slot.number],
    statusListIndex: ["int4", ({ dose }) => dose.slot.index],
    signingKeyId: ["text", () => signingKeyId],
    issuedAt: ["timestamp(3)", () => now],
    updatedAt: ["timestamp(3)", () => now],
  }) satisfies Partial<Record<keyof Prisma.CertificateCreateManyInput, TBulkColumn<TStoredDose>>>;

/** The PreEnrolment columns of the codes a batch's rows named without a pre-enrolment, kept as used. */
export const preEnrolmentColumns = (tenantId: string, now: string) =>
  ({
    id: ["text", () => uuid7()],
    tenantId: ["text", () => tenantId],
    code: ["text", ({ dose }) => dose.request.preEnrolmentCode],
    recipientId: ["text", ({ recipientId }) => recipientId],
    programmeId: ["text", ({ dose }) => dose.programme.id],
    facilityId: ["text", ({ dose }) => dose.facility.id],
    status: ['"PreEnrolmentStatus"', () => "USED"],
    createdAt: ["timestamp(3)", () => now],
  }) satisfies Partial<Record<keyof Prisma.PreEnrolmentCreateManyInput, TBulkColumn<TStoredDose>>>;

/**
 * The AuditEvent columns of a batch's "certificate.issued" events, as `recordAudits` would write
 * them (the actor's id only for a user): Prisma's createMany spent some 0.5 ms a row on the
 * request's thread, half a second for a thousand-row batch.
 */
export const issuedAuditColumns = (actor: TActor, source: EventSource, now: string) =>
  ({
    id: ["text", () => uuid7()],
    tenantId: ["text", () => actor.tenantId],
    actorType: ['"ActorType"', () => actor.type],
    actorId: ["text", () => (actor.type === "USER" ? actor.id : null)],
    actorLabel: ["text", () => actor.label],
    action: ["text", () => "certificate.issued"],
    entityType: ["text", () => "Certificate"],
    entityId: ["text", ({ certificateRowId }) => certificateRowId],
    after: [
      "jsonb",
      ({ dose, recipientId }) =>
        JSON.stringify({ certificateId: dose.certificateId, recipientId, dose: dose.request.dose, source }),
    ],
    createdAt: ["timestamp(3)", () => now],
  }) satisfies Partial<Record<keyof Prisma.AuditEventCreateManyInput, TBulkColumn<TStoredDose>>>;
