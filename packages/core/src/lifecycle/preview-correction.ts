import { certificateCredential } from "../certification/certificate-credential";
import { newCertificateId } from "../certification/certificate-id";
import { tenantIssuer } from "../issuer/tenant-issuer";
import type { TCertificateCorrection } from "../schemas/lifecycle";
import type { TActor } from "../shared/actor";
import { slotOf } from "./certificate-target";
import { planCorrection } from "./plan-correction";

/** Options for {@link previewCorrection}. */
export type PreviewCorrectionOptions = {
  actor: TActor;
  certificateId: string;
  changes: TCertificateCorrection;
  now?: Date;
};

/**
 * The unsigned credential a correction would sign, for a person to check before correcting; it is
 * refused exactly as the correction would be. Its id is a sample and its status entries point at
 * the old version's slot: the correction gives the new version an id and a slot of its own.
 */
export const previewCorrection = async ({
  actor,
  certificateId,
  changes,
  now = new Date(),
}: PreviewCorrectionOptions): Promise<Record<string, unknown>> => {
  const plan = await planCorrection({ actor, certificateId, changes, now });
  return certificateCredential({
    ...plan.credential,
    issuer: await tenantIssuer(plan.certificate.tenantId),
    issuedAt: now,
    certificateId: newCertificateId(),
    slot: slotOf(plan.certificate),
  });
};
