import { certificateView, type TCertificateView } from "./certificate-view";
import type { TClaimedIdentity, TDoseProblem, TDoseRequest, TRecipientDetails } from "./dose-request";
import { doseIntervalProblem, programmePeriodProblem, type TPreviousDose } from "./dose-rules";
import { contradictedFields, contradictionMessage } from "./identity-claims";
import { identityKey, type TIssuanceContext, type TPriorEvent } from "./load-issuance-context";

/** What to do with a dose already recorded for the recipient: answer with its certificate, or refuse. */
export type TRepeatedDose = "return-existing" | "refuse";

type TContextRow<K extends keyof TIssuanceContext> = TIssuanceContext[K] extends Map<string, infer V> ? V : never;

/** A request that passed every rule and will be recorded and certified. */
export type TPlannedDose = {
  index: number;
  request: TDoseRequest;
  /** The stored recipient, or the details of one to create. */
  recipient: TContextRow<"recipientsById"> | { details: TRecipientDetails };
  recipientKey: string;
  programme: TContextRow<"programmes">;
  vaccine: TContextRow<"vaccines">;
  facility: TContextRow<"facilities">;
  /** The recipient's earlier doses in the programme, oldest first. */
  earlier: TPriorEvent[];
};

/** The outcome of planning: refusals, answers already known, and the doses to issue. */
export type TIssuancePlan = {
  problems: TDoseProblem[];
  /** Answers by request index for requests that repeat an issued certificate. */
  existing: Map<number, TCertificateView>;
  fresh: TPlannedDose[];
  /** Requests that repeat another request of the same batch: index → the fresh dose's index. */
  sameAs: Map<number, number>;
  /** Requests whose caller's Idempotency-Key was used before for another body. */
  conflicts: number[];
};

const alreadyCertified = (dose: number, programme: string) =>
  `Dose ${dose} of ${programme} is already certified for this recipient; only the API client that asked for it is answered with its certificate`;

// Device clocks drift; a dose recorded a few minutes "ahead" is not a future dose.
const CLOCK_SKEW_MS = 5 * 60_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

const currentCertificate = (event: { certificates: Parameters<typeof certificateView>[0][] }) => {
  const [certificate] = event.certificates;
  return certificate ? certificateView(certificate) : undefined;
};

type TStoredBy = { apiClientId: string | null; requestHash: string | null };

// A request is answered with what a stored event under its key issued when it repeats that request:
// for the certify API the same client with the same row; elsewhere (the facility app's queue entry
// ids, the demo seed) the key alone.
const isReplayOf = (event: TStoredBy, request: TDoseRequest) =>
  !request.caller ||
  (event.apiClientId === request.caller.apiClientId && event.requestHash === request.caller.requestHash);

// A recorded dose is answered again only to the API client that asked for it.
const answersCaller = (event: TStoredBy, request: TDoseRequest) =>
  !request.caller || event.apiClientId === request.caller.apiClientId;

// The stored doses of each recipient in each programme, read once per batch rather than once per row.
type TStoredDoses = (recipientId: string, programmeId: string) => TPriorEvent[];
const storedDosesOf = (context: TIssuanceContext): TStoredDoses => {
  const byRecipient = new Map<string, TPriorEvent[]>();
  for (const event of context.priorEvents) {
    const key = `${event.recipientId}\u0000${event.programmeId}`;
    const events = byRecipient.get(key);
    if (events) events.push(event);
    else byRecipient.set(key, [event]);
  }
  return (recipientId, programmeId) => byRecipient.get(`${recipientId}\u0000${programmeId}`) ?? [];
};

const batchSlot = (recipientKey: string, programmeId: string, dose: number) => `${recipientKey}|${programmeId}|${dose}`;

// The dose before a planned one, stored or earlier in the batch, and whether its date may be told:
// a certify API client hears the date only of a dose it sent itself.
const previousDose = (
  storedDoses: TStoredDoses,
  planned: TPlannedDose,
  batch: Map<string, TPlannedDose>,
): (TPreviousDose & { discloseDate: boolean }) | undefined => {
  const number = planned.request.dose - 1;
  const inBatch = batch.get(batchSlot(planned.recipientKey, planned.programme.id, number));
  if (inBatch) return { dose: number, vaccinatedAt: inBatch.request.vaccinatedAt, discloseDate: true };
  const stored = "id" in planned.recipient ? storedDoses(planned.recipient.id, planned.programme.id) : [];
  const event = stored.find((candidate) => candidate.dose === number);
  if (!event) return undefined;
  const caller = planned.request.caller;
  return {
    dose: number,
    vaccinatedAt: event.vaccinatedAt,
    discloseDate: !caller || event.apiClientId === caller.apiClientId,
  };
};

const intervalProblem = (storedDoses: TStoredDoses, planned: TPlannedDose, batch: Map<string, TPlannedDose>) => {
  const previous = previousDose(storedDoses, planned, batch);
  if (!previous) return undefined;
  return doseIntervalProblem({
    vaccine: planned.vaccine,
    dose: planned.request.dose,
    vaccinatedAt: planned.request.vaccinatedAt,
    previous,
    discloseDate: previous.discloseDate,
  });
};

/**
 * Applies the dose rules to each request on its own and decides what to issue: a vaccine outside
 * the programme, a dose beyond the vaccine's schedule, a future date, a date outside the
 * programme's start and end dates, a date before birth, a dose already recorded (when refused) and
 * a dose sooner than the vaccine's minimum interval after the previous dose (stored, or earlier in
 * the batch) are problems reported per request; nothing is written.
 * Certify API rows (`caller`) are answered with a stored certificate only for their own client:
 * under its key with the same row, or for the same dose with an identity that agrees; another
 * row under a used key is a conflict, and their problems never quote the stored recipient.
 */
export const planIssuance = (
  context: TIssuanceContext,
  requests: TDoseRequest[],
  repeatedDose: TRepeatedDose,
  now = new Date(),
): TIssuancePlan => {
  const plan: TIssuancePlan = { problems: [], existing: new Map(), fresh: [], sameAs: new Map(), conflicts: [] };
  const storedDoses = storedDosesOf(context);
  const slots = new Map<string, number>();
  // Who each new recipient of the batch is, as its first row said: later rows must agree.
  const batchClaims = new Map<string, TClaimedIdentity>();
  const newUnderCallerKey: number[] = [];
  let repliedUnderCallerKey = false;
  // Answers the request's problem, or undefined once it is planned or answered.
  const consider = (request: TDoseRequest, index: number): Omit<TDoseProblem, "index"> | undefined => {
    const problem = (field: string, message: string) => ({ field, message });
    const keyed = context.eventsByKey.get(request.idempotencyKey);
    if (keyed && isReplayOf(keyed, request)) {
      const keyedCertificate = currentCertificate(keyed);
      if (keyedCertificate) {
        if (request.caller?.keyFromCaller) repliedUnderCallerKey = true;
        plan.existing.set(index, keyedCertificate);
        return;
      }
    } else if (keyed && request.caller?.keyFromCaller) {
      plan.conflicts.push(index);
      return;
    }
    if (!keyed && request.caller?.keyFromCaller) newUnderCallerKey.push(index);
    const programme = context.programmes.get(request.programmeId);
    const vaccine = context.vaccines.get(request.vaccineId);
    const facility = context.facilities.get(request.facilityId);
    if (!programme) return problem("programmeId", "This programme does not exist in your tenant");
    if (!programme.active) return problem("programmeId", `The programme ${programme.name} is not active`);
    if (!vaccine || !programme.vaccines.some(({ id }) => id === vaccine.id)) {
      const names = programme.vaccines.filter(({ active }) => active).map(({ name }) => name);
      return problem(
        "vaccineId",
        `${vaccine ? vaccine.name : "This vaccine"} is not a vaccine of ${programme.name}, which has ${names.join(", ") || "no vaccines"}`,
      );
    }
    if (!vaccine.active) return problem("vaccineId", `${vaccine.name} is no longer in use`);
    if (!facility) return problem("facilityId", "This facility does not exist in your tenant");
    if (!facility.active) return problem("facilityId", `${facility.name} is not active`);
    if (!facility.programmes.some(({ id }) => id === programme.id)) {
      return problem("facilityId", `${facility.name} does not run ${programme.name}`);
    }
    if (!Number.isInteger(request.dose) || request.dose < 1) return problem("dose", "The dose number starts at 1");
    if (request.dose > vaccine.dosesInSchedule) {
      return problem(
        "dose",
        `Dose ${request.dose} is beyond the schedule of ${vaccine.name}, which has ${vaccine.dosesInSchedule} dose${vaccine.dosesInSchedule === 1 ? "" : "s"}`,
      );
    }
    if (request.vaccinatedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      return problem("date", "The vaccination date is in the future");
    }
    const outsideProgramme = programmePeriodProblem(programme, request.vaccinatedAt);
    if (outsideProgramme) return problem("date", outsideProgramme);
    const stored =
      "id" in request.recipient
        ? context.recipientsById.get(request.recipient.id)
        : context.recipientsByIdentity.get(
            identityKey(request.recipient.details.identityType, request.recipient.details.identityNumber),
          );
    if ("id" in request.recipient && !stored)
      return problem("recipientId", "This recipient does not exist in your tenant");
    const details = stored ?? ("details" in request.recipient ? request.recipient.details : undefined);
    if (!details) return problem("recipientId", "This recipient does not exist in your tenant");
    const recipientKey = stored ? stored.id : identityKey(details.identityType, details.identityNumber);
    // Checked before any rule whose message names the stored recipient, so a caller learns nothing
    // of a recipient whose identity they cannot give.
    if (request.caller) {
      const known = stored ?? batchClaims.get(recipientKey);
      const contradicted = known ? contradictedFields(request.caller.claimed, known, request.vaccinatedAt) : [];
      if (contradicted.length) return problem(contradicted[0] as string, contradictionMessage(contradicted));
      if (!known) batchClaims.set(recipientKey, request.caller.claimed);
    }
    if (details.dateOfBirth && request.vaccinatedAt < details.dateOfBirth) {
      if (request.caller) return problem("date", "The vaccination date is before the recipient's date of birth");
      return problem(
        "date",
        `The vaccination date is before ${details.name}'s date of birth (${day(details.dateOfBirth)})`,
      );
    }
    const earlier = stored ? storedDoses(stored.id, programme.id) : [];
    const repeated = earlier.find((event) => event.dose === request.dose);
    if (repeated) {
      const issued = currentCertificate(repeated);
      if (repeatedDose === "return-existing" && issued && answersCaller(repeated, request)) {
        plan.existing.set(index, issued);
        return;
      }
      if (request.caller) return problem("dose", alreadyCertified(request.dose, programme.name));
      return problem(
        "dose",
        `Dose ${request.dose} of ${programme.name} was already recorded for ${details.name} on ${day(repeated.vaccinatedAt)} at ${repeated.facility.name}`,
      );
    }
    // The key was used for this recipient's dose by the same client with another row, and that
    // dose is recorded for someone else (a pre-enrolment pointing elsewhere): not a new dose.
    if (keyed) return problem("dose", alreadyCertified(request.dose, programme.name));
    const slot = batchSlot(recipientKey, programme.id, request.dose);
    const first = slots.get(slot);
    if (first !== undefined) {
      if (repeatedDose === "return-existing") {
        plan.sameAs.set(index, first);
        return;
      }
      return problem(
        "dose",
        `Dose ${request.dose} of ${programme.name} appears twice for ${details.name} in this request`,
      );
    }
    slots.set(slot, index);
    plan.fresh.push({
      index,
      request,
      recipient: stored ?? { details },
      recipientKey,
      programme,
      vaccine,
      facility,
      earlier: earlier.filter((event) => event.dose < request.dose),
    });
  };
  for (const [index, request] of requests.entries()) {
    const refused = consider(request, index);
    if (refused) plan.problems.push({ index, ...refused });
  }
  // After every row is planned, so that dose 1 later in the batch still times dose 2 before it.
  const freshBySlot = new Map(
    plan.fresh.map((planned) => [batchSlot(planned.recipientKey, planned.programme.id, planned.request.dose), planned]),
  );
  for (const planned of plan.fresh) {
    const tooSoon = intervalProblem(storedDoses, planned, freshBySlot);
    if (tooSoon) plan.problems.push({ index: planned.index, field: "date", message: tooSoon });
  }
  plan.problems.sort((a, b) => a.index - b.index);
  // A used key answers only the body it was first sent with: rows it did not hold are another body.
  if (repliedUnderCallerKey || plan.conflicts.length) plan.conflicts.push(...newUnderCallerKey);
  return plan;
};
