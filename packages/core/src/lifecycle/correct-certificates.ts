import { signCertificateCredentials } from "../certification/certificate-credential";
import { newCertificateId } from "../certification/certificate-id";
import type { TCertificateView } from "../certification/certificate-view";
import { allocateStatusSlots } from "../certification/status-allocation";
import { AppError } from "../errors";
import { tenantIssuer } from "../issuer/tenant-issuer";
import type { TCertificateCorrection } from "../schemas/lifecycle";
import { type TActor, tenantOf } from "../shared/actor";
import { slotOf } from "./certificate-target";
import { planCorrection, type TCorrectionPlan } from "./plan-correction";
import { writeCorrections } from "./write-corrections";

/** One correction of a batch: the certificate (printed id) and what changes. */
export type TCorrectionRequest = { certificateId: string; changes: TCertificateCorrection };

/** Options for {@link correctCertificates}. */
export type CorrectCertificatesOptions = {
  actor: TActor;
  corrections: TCorrectionRequest[];
  reason: string;
  now?: Date;
};

/** One corrected certificate: its new version, and the printed id of the version it replaced. */
export type TCorrectedCertificateView = { certificate: TCertificateView; previousCertificateId: string };

/**
 * Corrects certificates, all or none: each gets a new version with a new id and a new status slot,
 * signed on the worker pool outside any transaction, then stored with the old versions superseded
 * (see {@link writeCorrections}). Refused as {@link planCorrection} says, and VALIDATION_FAILED when
 * one batch names a certificate twice.
 */
export const correctCertificates = async ({
  actor,
  corrections,
  reason,
  now = new Date(),
}: CorrectCertificatesOptions): Promise<TCorrectedCertificateView[]> => {
  const tenantId = tenantOf(actor);
  const plans: TCorrectionPlan[] = [];
  for (const request of corrections) plans.push(await planCorrection({ actor, now, ...request }));
  const ids = plans.map(({ certificate }) => certificate.id);
  const repeated = plans.find(({ certificate }, index) => ids.indexOf(certificate.id) !== index);
  if (repeated) {
    throw new AppError(
      "VALIDATION_FAILED",
      `Certificate ${repeated.certificate.certificateId} is named more than once; send one correction per certificate`,
    );
  }
  for (const { certificate } of plans) slotOf(certificate);
  const issuer = await tenantIssuer(tenantId);
  const slots = await allocateStatusSlots(tenantId, plans.length);
  const certificateIds = plans.map(() => newCertificateId());
  const signed = await signCertificateCredentials({
    issuer,
    issuedAt: now,
    certificates: plans.map((plan, position) => ({
      ...plan.credential,
      certificateId: certificateIds[position] as string,
      slot: slots[position] as (typeof slots)[number],
    })),
  });
  const views = await writeCorrections({
    actor,
    tenantId,
    signingKeyId: issuer.signingKeyId,
    reason,
    now,
    corrections: plans.map((plan, position) => ({
      plan,
      certificateId: certificateIds[position] as string,
      slot: slots[position] as (typeof slots)[number],
      ...(signed[position] as (typeof signed)[number]),
    })),
  });
  return views.map((certificate, position) => ({
    certificate,
    previousCertificateId: plans[position]?.certificate.certificateId as string,
  }));
};
