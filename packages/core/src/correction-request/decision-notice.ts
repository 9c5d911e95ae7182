import { appUrl } from "@vax/config/app-urls";
import type { DatabaseTransaction } from "@vax/db";
import { queueMessage } from "../notification/queue-message";
import type { TCorrectionRequestRow } from "./correction-request-view";

const SMS_LIMIT_NOTE = 300;

// The citizen's own words may be long; an SMS carries the start of the reason, the portal all of it.
const shortened = (text: string) => (text.length > SMS_LIMIT_NOTE ? `${text.slice(0, SMS_LIMIT_NOTE - 1)}…` : text);

const noticeOf = (request: TCorrectionRequestRow, signInAt: string) => {
  const asked = `You asked for vaccination certificate ${request.certificate.certificateId} to be corrected.`;
  if (request.status === "APPROVED") {
    return {
      subject: "Your correction request was approved",
      body: `${asked} The corrected certificate is ${request.resultCertificate?.certificateId ?? ""}; the earlier one no longer verifies. Sign in at ${signInAt} to download it.`,
    };
  }
  return {
    subject: "Your correction request was not accepted",
    body: `${asked} It was not changed: ${shortened(request.rejectionReason ?? "")} Sign in at ${signInAt} to see your requests.`,
  };
};

/**
 * Tells the citizen who asked how their correction request was decided, by SMS to the number they
 * asked from, queued in the transaction that records the decision so neither exists without the other.
 */
export const queueDecisionNotice = (tx: DatabaseTransaction, request: TCorrectionRequestRow): Promise<void> =>
  queueMessage(tx, {
    tenantId: request.tenantId,
    to: { mobile: request.requestedBy },
    ...noticeOf(request, appUrl("citizen").toString()),
    certificateId: request.resultCertificateId ?? request.certificateId,
  });
