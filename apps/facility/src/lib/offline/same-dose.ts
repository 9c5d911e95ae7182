import type { TRecordDose } from "@vax/core/schemas";
import type { FacilityDatabase, TOutboxEntry } from "./facility-database";

/**
 * Whether two recorded doses are the same dose given twice on paper: the same recipient,
 * programme, vaccine, dose number and day. The batch is left out: a corrected batch is still the
 * same dose, not another one.
 */
export const isSameDose = (a: TRecordDose, b: TRecordDose): boolean =>
  a.recipientId === b.recipientId &&
  a.programmeId === b.programmeId &&
  a.vaccineId === b.vaccineId &&
  Number(a.dose) === Number(b.dose) &&
  a.date === b.date;

/**
 * The dose waiting in the queue that is the same as this one, if any. Only pending entries count:
 * one the server refused waits for a person, who may enter the dose again corrected.
 */
export const pendingSameDose = async (db: FacilityDatabase, request: TRecordDose): Promise<TOutboxEntry | undefined> =>
  db.outbox
    .where("request.recipientId")
    .equals(request.recipientId)
    .filter((entry) => entry.status === "pending" && isSameDose(entry.request, request))
    .first();

/** What the dose form says when the same dose is already waiting to be sent. */
export const sameDoseMessage = (entry: TOutboxEntry): string =>
  `${entry.summary.recipientName}'s dose ${entry.request.dose} of ${entry.summary.vaccineName} on ${entry.request.date} ` +
  "is already waiting on this device to be sent; it was not added again.";
