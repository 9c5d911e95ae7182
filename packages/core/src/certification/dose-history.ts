import { prisma } from "@vax/db";
import { AppError } from "../errors";
import { type TActor, tenantOf } from "../shared/actor";
import { earliestNextDose } from "./dose-rules";

/** One dose a recipient has had, with the certificate it was issued. */
export type TDoseRecord = {
  programmeId: string;
  programmeName: string;
  vaccineId: string;
  vaccineName: string;
  dose: number;
  totalDoses: number;
  batch: string;
  date: string;
  facilityName: string;
  certificateId: string | null;
};

/**
 * The next dose due in a programme: its number, the vaccine to continue with (null to choose), and
 * the first day it may be given (YYYY-MM-DD, the vaccine's minimum interval after the last dose;
 * null for a first dose).
 */
export type TDoseSuggestion = { programmeId: string; vaccineId: string | null; dose: number; dueFrom: string | null };

/** A recipient's doses and the next dose of each programme the actor's facility runs. */
export type TDoseHistory = { doses: TDoseRecord[]; suggestions: TDoseSuggestion[] };

/** Options for {@link doseHistory}. */
export type DoseHistoryOptions = { actor: TActor; recipientId: string };

/**
 * A recipient's vaccination history and what comes next: the dose after the last one recorded,
 * with the same vaccine, while the vaccine's schedule has doses left; dose 1 where none was given.
 */
export const doseHistory = async ({ actor, recipientId }: DoseHistoryOptions): Promise<TDoseHistory> => {
  const tenantId = tenantOf(actor);
  const recipient = await prisma.recipient.findFirst({ where: { id: recipientId, tenantId }, select: { id: true } });
  if (!recipient) throw new AppError("NOT_FOUND", "This recipient does not exist in your tenant");
  const [events, facility] = await Promise.all([
    prisma.vaccinationEvent.findMany({
      where: { tenantId, recipientId },
      include: {
        programme: { select: { name: true } },
        vaccine: { select: { name: true, dosesInSchedule: true, minIntervalDays: true } },
        facility: { select: { name: true } },
        certificates: { where: { currentSlot: { not: null } }, select: { certificateId: true } },
      },
      orderBy: [{ vaccinatedAt: "asc" }, { dose: "asc" }],
    }),
    actor.facilityId
      ? prisma.facility.findFirst({
          where: { id: actor.facilityId, tenantId },
          select: { programmes: { where: { active: true }, select: { id: true } } },
        })
      : null,
  ]);
  const suggestions: TDoseSuggestion[] = [];
  for (const { id: programmeId } of facility?.programmes ?? []) {
    const last = events.filter((event) => event.programmeId === programmeId).sort((a, b) => b.dose - a.dose)[0];
    if (!last) suggestions.push({ programmeId, vaccineId: null, dose: 1, dueFrom: null });
    else if (last.dose < last.vaccine.dosesInSchedule) {
      const dueFrom = earliestNextDose(last.vaccinatedAt, last.vaccine.minIntervalDays).toISOString().slice(0, 10);
      suggestions.push({ programmeId, vaccineId: last.vaccineId, dose: last.dose + 1, dueFrom });
    }
  }
  return {
    doses: events.map((event) => ({
      programmeId: event.programmeId,
      programmeName: event.programme.name,
      vaccineId: event.vaccineId,
      vaccineName: event.vaccine.name,
      dose: event.dose,
      totalDoses: event.totalDoses,
      batch: event.batch,
      date: event.vaccinatedAt.toISOString().slice(0, 10),
      facilityName: event.facility.name,
      certificateId: event.certificates[0]?.certificateId ?? null,
    })),
    suggestions,
  };
};
