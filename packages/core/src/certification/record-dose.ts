import { prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TRecordDose } from "../schemas/dose";
import { type TActor, tenantOf } from "../shared/actor";
import type { TCertificateView } from "./certificate-view";
import { issueDoses } from "./issue-doses";

/** Options for {@link recordDose}. */
export type RecordDoseOptions = { actor: TActor; input: TRecordDose; now?: Date };

// A date is "today" somewhere on Earth for up to 14 hours after UTC's midnight (UTC+14).
const LATEST_TIME_ZONE_MS = 14 * 3_600_000;

// A dose entered for today is timed now; one for an earlier day at that day's start.
const vaccinatedAtOf = (date: string, now: Date): Date => {
  const start = new Date(`${date}T00:00:00Z`);
  const isToday = start.getTime() <= now.getTime() && now.getTime() - start.getTime() < 86_400_000;
  const isTodayAhead = start.getTime() > now.getTime() && start.getTime() - now.getTime() <= LATEST_TIME_ZONE_MS;
  return isToday || isTodayAhead ? now : start;
};

/**
 * Records a dose given at the vaccinator's facility and issues its certificate in the same
 * transaction; the recipient's open pre-enrolment in the programme, if any, is marked used. Refused doses throw UNPROCESSABLE naming the field; a replay of the same
 * idempotency key (the offline queue syncing twice) returns the certificate issued the first time.
 */
export const recordDose = async ({ actor, input, now = new Date() }: RecordDoseOptions): Promise<TCertificateView> => {
  const tenantId = tenantOf(actor);
  if (!actor.facilityId) {
    throw new AppError("FORBIDDEN", "Your account is not assigned to a facility, so it cannot record doses");
  }
  const [vaccinator, preEnrolment] = await Promise.all([
    actor.id ? prisma.vaccinator.findFirst({ where: { tenantId, userId: actor.id }, select: { id: true } }) : null,
    prisma.preEnrolment.findFirst({
      where: { tenantId, recipientId: input.recipientId, programmeId: input.programmeId, status: "OPEN" },
      select: { code: true },
    }),
  ]);
  const result = await issueDoses({
    actor,
    source: "FACILITY_APP",
    repeatedDose: "refuse",
    now,
    requests: [
      {
        idempotencyKey: `facility-app:${input.idempotencyKey}`,
        recipient: { id: input.recipientId },
        programmeId: input.programmeId,
        vaccineId: input.vaccineId,
        facilityId: actor.facilityId,
        vaccinatorId: vaccinator?.id ?? null,
        vaccinatorName: null,
        batch: input.batch,
        dose: input.dose,
        vaccinatedAt: vaccinatedAtOf(input.date, now),
        validUntil: null,
        preEnrolmentCode: preEnrolment?.code ?? null,
      },
    ],
  });
  if ("problems" in result) {
    const details = result.problems.map(({ field, message }) => ({ path: field, message }));
    throw new AppError("UNPROCESSABLE", details[0]?.message ?? "The dose was refused", details);
  }
  return result.certificates[0] as TCertificateView;
};
