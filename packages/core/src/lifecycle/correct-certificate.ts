import type { TCertificateCorrection } from "../schemas/lifecycle";
import type { TActor } from "../shared/actor";
import { correctCertificates, type TCorrectedCertificateView } from "./correct-certificates";

/** Options for {@link correctCertificate}; `certificateId` is the printed id of the current version. */
export type CorrectCertificateOptions = {
  actor: TActor;
  certificateId: string;
  changes: TCertificateCorrection;
  reason: string;
  now?: Date;
};

/**
 * Corrects one certificate: a new version with a new id, linked to the old one, which is superseded
 * and revoked in the status list. Refused (CONFLICT or VALIDATION_FAILED, with the reason) when the
 * certificate is not the current, active version or the correction changes nothing.
 */
export const correctCertificate = async ({
  actor,
  certificateId,
  changes,
  reason,
  now,
}: CorrectCertificateOptions): Promise<TCorrectedCertificateView> => {
  const [corrected] = await correctCertificates({ actor, corrections: [{ certificateId, changes }], reason, now });
  return corrected as TCorrectedCertificateView;
};
