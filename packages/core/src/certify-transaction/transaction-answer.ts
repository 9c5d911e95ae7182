import { type CertifyTransaction, prisma } from "@vax/db";
import { certificateView, certificateViewInclude } from "../certification/certificate-view";
import { certifiedDose } from "../certification/certified-dose";
import type { TCertifyTransactionAnswer } from "../schemas/certify-transaction";

type TAnswerRow = Pick<CertifyTransaction, "tenantId" | "status" | "requests" | "certificateIds" | "errors">;

const statusOf = {
  QUEUED: "queued",
  RUNNING: "running",
  DONE: "done",
  FAILED: "failed",
} as const satisfies Record<CertifyTransaction["status"], TCertifyTransactionAnswer["status"]>;

// Read from the stored certificates, so the credential is exactly as signed and as the synchronous call answers it.
const certificatesOf = async (row: TAnswerRow) => {
  const stored = await prisma.certificate.findMany({
    where: { tenantId: row.tenantId, certificateId: { in: row.certificateIds } },
    include: certificateViewInclude,
  });
  const byId = new Map(stored.map((certificate) => [certificate.certificateId, certificateView(certificate)]));
  const requests = row.requests as Array<{ preEnrollmentCode?: string }>;
  return row.certificateIds.flatMap((certificateId, index) => {
    const view = byId.get(certificateId);
    return view ? [certifiedDose(view, requests[index]?.preEnrollmentCode)] : [];
  });
};

/** A transaction's answer: its state, and its certificates once done or its row errors once failed. */
export const transactionAnswer = async (row: TAnswerRow): Promise<TCertifyTransactionAnswer> => {
  const status = statusOf[row.status];
  if (row.status === "DONE") return { status, certificates: await certificatesOf(row) };
  if (row.status === "FAILED") return { status, errors: (row.errors ?? []) as TCertifyTransactionAnswer["errors"] };
  return { status };
};
