import { ZCertificateCorrection, ZChangeReason } from "@vax/core/schemas";
import { z } from "zod";

/** The body of the admin correction route: the fields that change, and why. */
export const ZCorrectionRequest = z.object({ changes: ZCertificateCorrection, reason: ZChangeReason });

/** The body of the admin correction preview: the fields that would change. */
export const ZCorrectionPreviewRequest = z.object({ changes: ZCertificateCorrection });
