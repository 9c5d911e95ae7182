import type { DatabaseTransaction, EventSource } from "@vax/db";
import { tenantIssuer } from "../issuer/tenant-issuer";
import { type TActor, tenantOf } from "../shared/actor";
import { isUniqueViolation } from "../shared/unique-violation";
import { signCertificateCredentials, type TCredentialDose } from "./certificate-credential";
import { newCertificateId } from "./certificate-id";
import type { TCertificateView } from "./certificate-view";
import type { TDoseProblem, TDoseRequest } from "./dose-request";
import { loadIssuanceContext } from "./load-issuance-context";
import { planIssuance, type TPlannedDose, type TRepeatedDose } from "./plan-issuance";
import { allocateStatusSlots } from "./status-allocation";
import { type TSignedDose, writeIssuedDoses } from "./write-issued-doses";

/** Options for {@link issueDoses}. */
export type IssueDosesOptions = {
  actor: TActor;
  requests: TDoseRequest[];
  source: EventSource;
  repeatedDose: TRepeatedDose;
  now?: Date;
  /**
   * Runs inside the transaction that stores the new doses, with their certificates by request
   * index, so that what a caller records about them (a bulk upload's row outcomes) commits with them.
   */
  onWritten?: (tx: DatabaseTransaction, written: Map<number, TCertificateView>) => Promise<void>;
};

/**
 * Either a certificate for every request, in order, or the problems and nothing written; `conflict`
 * when the problems are rows sent under a used Idempotency-Key with another body.
 */
export type TIssueDosesResult = { certificates: TCertificateView[] } | { problems: TDoseProblem[]; conflict?: true };

const DAY_MS = 86_400_000;

const doseGroup = (planned: TPlannedDose) => `${planned.recipientKey}\u0000${planned.programme.id}`;

// The batch's doses by recipient and programme, so each credential finds its siblings without a pass over the batch.
const dosesByGroup = (batch: TPlannedDose[]): Map<string, TPlannedDose[]> => {
  const groups = new Map<string, TPlannedDose[]>();
  for (const planned of batch) {
    const group = groups.get(doseGroup(planned));
    if (group) group.push(planned);
    else groups.set(doseGroup(planned), [planned]);
  }
  return groups;
};

// The doses the credential lists: the recipient's earlier ones, those earlier in this batch, and this one.
const dosesOf = (planned: TPlannedDose, groups: Map<string, TPlannedDose[]>): TCredentialDose[] => {
  const fromBatch = (groups.get(doseGroup(planned)) ?? []).filter((other) => other.request.dose < planned.request.dose);
  const stored = planned.earlier
    .filter((event) => !fromBatch.some((other) => other.request.dose === event.dose))
    .map((event) => ({ ...event, vaccinatedAt: event.vaccinatedAt }));
  const pending = [...fromBatch, planned].map((dose) => ({
    vaccine: dose.vaccine,
    facility: dose.facility,
    batch: dose.request.batch,
    dose: dose.request.dose,
    totalDoses: dose.vaccine.dosesInSchedule,
    vaccinatedAt: dose.request.vaccinatedAt,
  }));
  return [...stored, ...pending].sort((a, b) => a.dose - b.dose);
};

const validUntilOf = (planned: TPlannedDose): Date | null => {
  if (planned.request.validUntil) return planned.request.validUntil;
  const days = planned.vaccine.validityDays;
  return days ? new Date(planned.request.vaccinatedAt.getTime() + days * DAY_MS) : null;
};

const attempt = async ({
  actor,
  requests,
  source,
  repeatedDose,
  now = new Date(),
  onWritten,
}: IssueDosesOptions): Promise<TIssueDosesResult> => {
  const tenantId = tenantOf(actor);
  const context = await loadIssuanceContext(tenantId, requests);
  const plan = planIssuance(context, requests, repeatedDose, now);
  if (plan.conflicts.length) {
    const problems = plan.conflicts.map((index) => ({
      index,
      field: "idempotencyKey",
      message: "This row differs from the row first sent under this Idempotency-Key",
    }));
    return { problems: problems.sort((a, b) => a.index - b.index), conflict: true as const };
  }
  if (plan.problems.length) return { problems: plan.problems };
  const issued = new Map(plan.existing);
  if (plan.fresh.length) {
    const issuer = await tenantIssuer(tenantId);
    const slots = await allocateStatusSlots(tenantId, plan.fresh.length);
    const certificateIds = plan.fresh.map(() => newCertificateId());
    const groups = dosesByGroup(plan.fresh);
    const credentials = await signCertificateCredentials({
      issuer,
      issuedAt: now,
      certificates: plan.fresh.map((planned, position) => ({
        certificateId: certificateIds[position] as string,
        recipient: "details" in planned.recipient ? planned.recipient.details : planned.recipient,
        doses: dosesOf(planned, groups),
        slot: slots[position] as (typeof slots)[number],
        validUntil: validUntilOf(planned),
      })),
    });
    const signed: TSignedDose[] = plan.fresh.map((planned, position) => ({
      ...planned,
      certificateId: certificateIds[position] as string,
      ...(credentials[position] as (typeof credentials)[number]),
      slot: slots[position] as (typeof slots)[number],
      totalDoses: planned.vaccine.dosesInSchedule,
    }));
    const written = await writeIssuedDoses({
      actor,
      tenantId,
      signingKeyId: issuer.signingKeyId,
      source,
      issuedAt: now,
      doses: signed,
      onWritten,
    });
    for (const [index, view] of written) issued.set(index, view);
  }
  for (const [index, first] of plan.sameAs) issued.set(index, issued.get(first) as TCertificateView);
  return { certificates: requests.map((_, index) => issued.get(index) as TCertificateView) };
};

/**
 * Records doses and issues their certificates: every request is checked on its own, and when any
 * is refused nothing is written and every problem is returned. Otherwise new doses are signed on
 * the worker pool (outside any transaction, so a batch never holds the database) and stored in one transaction;
 * a request already answered (same key, or with `return-existing` the same recipient, programme
 * and dose) gets the certificate issued the first time. When a concurrent request stores the same
 * thing first, the whole batch is planned again and answers with what that request stored.
 */
export const issueDoses = async (options: IssueDosesOptions): Promise<TIssueDosesResult> => {
  try {
    return await attempt(options);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return attempt(options);
  }
};
