import { type DatabaseTransaction, prisma } from "@vax/db";
import { programmePeriodProblem } from "../certification/dose-rules";
import { contradictedFields } from "../certification/identity-claims";
import { AppError } from "../errors";
import type { TPreEnrolment } from "../schemas/pre-enrolment";
import { type TActor, tenantOf } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { conflictOnDuplicate } from "../shared/unique-violation";
import { newPreEnrolmentCode } from "./pre-enrolment-code";
import { preEnrolmentInclude, preEnrolmentView, type TPreEnrolmentView } from "./pre-enrolment-view";

/** Options for {@link createPreEnrolment}. */
export type CreatePreEnrolmentOptions = { actor: TActor; input: TPreEnrolment; now?: Date };

// The westernmost time zone (UTC−12) is the last place where a day is still today.
const LAST_TIME_ZONE_MS = 12 * 3_600_000;
const CODE_ATTEMPTS = 5;
const CODE_TAKEN = "This pre-enrolment code is already used in your tenant; choose another, or leave it empty";
const IDENTITY_TAKEN =
  "Someone else is registered with this identity document: check the number, or the name and date of birth";

const invalid = (path: string, message: string) => new AppError("VALIDATION_FAILED", message, [{ path, message }]);
const refused = (path: string, message: string) => new AppError("UNPROCESSABLE", message, [{ path, message }]);

const checkProgramme = async (tx: DatabaseTransaction, tenantId: string, input: TPreEnrolment, now: Date) => {
  const programme = await tx.programme.findFirst({ where: { id: input.programmeId, tenantId } });
  if (!programme) throw invalid("programmeId", "This programme does not exist in your tenant");
  if (!programme.active) throw refused("programmeId", `The programme ${programme.name} is not active`);
  if (input.facilityId) {
    const facility = await tx.facility.findFirst({
      where: { id: input.facilityId, tenantId },
      include: { programmes: { select: { id: true } } },
    });
    if (!facility) throw invalid("facilityId", "This facility does not exist in your tenant");
    if (!facility.active) throw refused("facilityId", `${facility.name} is not active`);
    if (!facility.programmes.some(({ id }) => id === programme.id)) {
      throw refused("facilityId", `${facility.name} does not run ${programme.name}`);
    }
  }
  if (input.appointmentDate) {
    const earliest = new Date(now.getTime() - LAST_TIME_ZONE_MS).toISOString().slice(0, 10);
    if (input.appointmentDate < earliest) throw refused("appointmentDate", "The appointment date has passed");
    const outside = programmePeriodProblem(programme, new Date(`${input.appointmentDate}T00:00:00Z`));
    if (outside) throw refused("appointmentDate", outside.replace("a dose", "an appointment"));
  }
  return programme;
};

// The person already registered with this identity document, when the name, birth and gender
// agree; a record that disagrees is someone else's, and nothing of it is told.
const sameRecipient = async (tx: DatabaseTransaction, tenantId: string, input: TPreEnrolment, now: Date) => {
  const { recipient } = input;
  const stored = await tx.recipient.findUnique({
    where: {
      tenantId_identityType_identityNumber: {
        tenantId,
        identityType: recipient.identityType,
        identityNumber: recipient.identityNumber,
      },
    },
  });
  if (!stored) return null;
  const claimed = {
    ...recipient,
    dateOfBirth: recipient.dateOfBirth ? new Date(`${recipient.dateOfBirth}T00:00:00Z`) : null,
  };
  if (contradictedFields(claimed, stored, now).length)
    throw new AppError("CONFLICT", IDENTITY_TAKEN, [{ path: "recipient.identityNumber", message: IDENTITY_TAKEN }]);
  return stored;
};

const freeCode = async (tx: DatabaseTransaction, tenantId: string, wanted: string | null) => {
  const taken = async (code: string) =>
    !!(await tx.preEnrolment.findUnique({ where: { tenantId_code: { tenantId, code } }, select: { id: true } }));
  if (wanted) {
    if (await taken(wanted)) throw new AppError("CONFLICT", CODE_TAKEN, [{ path: "code", message: CODE_TAKEN }]);
    return wanted;
  }
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt += 1) {
    const code = newPreEnrolmentCode();
    if (!(await taken(code))) return code;
  }
  throw new AppError("INTERNAL", "No free pre-enrolment code was found; try again");
};

/** The conflicts a pre-enrolment's unique columns give, on the fields they belong to. */
export const PRE_ENROLMENT_DUPLICATES = {
  code: CODE_TAKEN,
  identityNumber: { path: "recipient.identityNumber", message: IDENTITY_TAKEN },
};

/**
 * Pre-enrols a recipient inside the caller's transaction, as {@link createPreEnrolment} does, so
 * that a caller recording something beside it (a bulk upload's row outcome) commits both or neither.
 */
export const createPreEnrolmentIn = async (
  tx: DatabaseTransaction,
  { actor, input, now = new Date() }: CreatePreEnrolmentOptions,
): Promise<TPreEnrolmentView> => {
  const tenantId = tenantOf(actor);
  const programme = await checkProgramme(tx, tenantId, input, now);
  const stored = await sameRecipient(tx, tenantId, input, now);
  if (stored) {
    const open = await tx.preEnrolment.findFirst({
      where: { tenantId, recipientId: stored.id, programmeId: programme.id, status: "OPEN" },
      select: { code: true },
    });
    if (open) {
      const message = `This person is already pre-enrolled in ${programme.name} with the code ${open.code}`;
      throw new AppError("CONFLICT", message, [{ path: "programmeId", message }]);
    }
  }
  const code = await freeCode(tx, tenantId, input.code);
  const recipient =
    stored ??
    (await tx.recipient.create({
      data: {
        ...input.recipient,
        tenantId,
        dateOfBirth: input.recipient.dateOfBirth ? new Date(`${input.recipient.dateOfBirth}T00:00:00Z`) : null,
      },
    }));
  const row = await tx.preEnrolment.create({
    data: {
      tenantId,
      code,
      recipientId: recipient.id,
      programmeId: programme.id,
      facilityId: input.facilityId,
      appointmentDate: input.appointmentDate ? new Date(`${input.appointmentDate}T00:00:00Z`) : null,
    },
    include: preEnrolmentInclude,
  });
  const view = preEnrolmentView(row);
  await recordAudit(tx, actor, {
    action: "pre-enrolment.created",
    entityType: "PreEnrolment",
    entityId: row.id,
    after: { ...view, recipientCreated: !stored },
  });
  return view;
};

/**
 * Pre-enrols a recipient in a programme of the actor's tenant ahead of the vaccination, optionally
 * at a facility on an appointment date, under the caller's code or a new readable one (unique in
 * the tenant). The recipient is checked as a walk-in's registration is; one already registered
 * with the same identity document and the same name and birth is reused, one who differs is a
 * CONFLICT, and a recipient is pre-enrolled in a programme at most once while the code is open.
 * Recipient, pre-enrolment and audit entry are written in one transaction.
 */
export const createPreEnrolment = (options: CreatePreEnrolmentOptions) =>
  prisma.$transaction((tx) => createPreEnrolmentIn(tx, options)).catch(conflictOnDuplicate(PRE_ENROLMENT_DUPLICATES));
