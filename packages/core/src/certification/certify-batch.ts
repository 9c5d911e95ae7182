import { AppError } from "../errors";
import type { TCertificationRequest } from "../schemas/certify";
import { type TActor, tenantOf } from "../shared/actor";
import type { TCertificateView } from "./certificate-view";
import { divocDoseRequest, loadCertifyCatalogue } from "./divoc-dose-request";
import type { TDoseRequest } from "./dose-request";
import { issueDoses } from "./issue-doses";

/** Options for {@link certifyBatch}. */
export type CertifyBatchOptions = {
  actor: TActor;
  requests: TCertificationRequest[];
  /** The caller's `Idempotency-Key` header: row i is keyed `<key>:<i>`. */
  idempotencyKey: string | null;
  now?: Date;
};

/** One answer of the certify API, in the contract shape of docs/architecture.md. */
export type TCertifiedDose = {
  certificateId: string;
  preEnrollmentCode: string | null;
  dose: number;
  credential: Record<string, unknown>;
  qr: string;
};

// Where each rule's field sits in a DIVOC request, so a row error points at what the caller sent.
const DIVOC_PATHS: Record<string, string> = {
  programmeId: "programId",
  vaccineId: "vaccination.name",
  facilityId: "facility.name",
  dose: "vaccination.dose",
  date: "vaccination.date",
  recipientId: "preEnrollmentCode",
};

/**
 * Certifies a batch of DIVOC certification requests for an API client, synchronously. Each row
 * is checked on its own and every problem is reported with its row index; if any row is refused,
 * nothing is written. A repeated request (same Idempotency-Key, or same recipient, programme and
 * dose) answers with the certificate already issued.
 */
export const certifyBatch = async ({
  actor,
  requests,
  idempotencyKey,
  now,
}: CertifyBatchOptions): Promise<TCertifiedDose[]> => {
  const tenantId = tenantOf(actor);
  const catalogue = await loadCertifyCatalogue(tenantId, requests);
  const mapped = requests.map((request, index) => divocDoseRequest(catalogue, request, index, idempotencyKey));
  const problems = mapped.flatMap((row) => ("problems" in row ? row.problems : []));
  if (problems.length) {
    throw new AppError("UNPROCESSABLE", `${problems.length} problem(s) in the certification requests`, problems);
  }
  const doses = mapped.map((row) => (row as { dose: TDoseRequest }).dose);
  const result = await issueDoses({
    actor,
    requests: doses,
    source: "CERTIFY_API",
    repeatedDose: "return-existing",
    now,
  });
  if ("problems" in result) {
    const details = result.problems.map(({ index, field, message }) => ({
      path: `${index}.${DIVOC_PATHS[field] ?? field}`,
      message,
    }));
    throw new AppError("UNPROCESSABLE", `${details.length} problem(s) in the certification requests`, details);
  }
  return result.certificates.map((certificate: TCertificateView, index) => ({
    certificateId: certificate.certificateId,
    preEnrollmentCode: requests[index]?.preEnrollmentCode ?? null,
    dose: certificate.dose,
    credential: certificate.credential,
    qr: certificate.qr,
  }));
};
