import { prisma } from "@vax/db";
import { AppError, type TErrorDetail } from "../errors";
import type { TCertificationRequest, TCertifiedDose } from "../schemas/certify";
import { type TActor, tenantOf } from "../shared/actor";
import type { TCertificateView } from "./certificate-view";
import { certifiedDose } from "./certified-dose";
import { takeCertifyAllowance } from "./certify-allowance";
import { clientRowKey, divocDoseRequest, loadCertifyCatalogue } from "./divoc-dose-request";
import type { TDoseRequest } from "./dose-request";
import { issueDoses } from "./issue-doses";

/** Options for {@link certifyBatch}. */
export type CertifyBatchOptions = {
  actor: TActor;
  requests: TCertificationRequest[];
  /** The caller's `Idempotency-Key` header: row i is keyed `<key>:<i>`, among that API client's keys only. */
  idempotencyKey: string | null;
  /** Set when the rows were taken from the client's allowance already, when an asynchronous call was accepted. */
  allowanceTaken?: boolean;
  now?: Date;
};

// One answer of the certify API is described by its schema, which the API document is made from.
export type { TCertifiedDose };

// Where each rule's field sits in a DIVOC request, so a row error points at what the caller sent.
const DIVOC_PATHS: Record<string, string> = {
  programmeId: "programId",
  vaccineId: "vaccination.name",
  facilityId: "facility.name",
  dose: "vaccination.dose",
  date: "vaccination.date",
  recipientId: "preEnrollmentCode",
};

const usedKeyConflict = (details: TErrorDetail[]) =>
  new AppError(
    "CONFLICT",
    "This Idempotency-Key was used before with a different request; send that request again, or use a new key",
    details,
  );

// A used key whose first request had more rows than this one: this body is another one too.
const keyHeldMoreRows = async (tenantId: string, apiClientId: string, idempotencyKey: string, rows: number) =>
  !!(await prisma.vaccinationEvent.findUnique({
    where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: clientRowKey(apiClientId, idempotencyKey, rows) } },
    select: { id: true },
  }));

/**
 * Certifies a batch of DIVOC certification requests for an API client, synchronously. Each row
 * is checked on its own and every problem is reported with its row index; if any row is refused,
 * nothing is written. A repeat by the same client (same Idempotency-Key and body, or same
 * recipient, programme and dose with the same identity details) answers with the certificate
 * already issued; another body under a used key is a CONFLICT, and a row whose identity details
 * contradict the stored recipient, or a dose another client certified, is a row problem that
 * discloses nothing stored. Each client has an allowance of rows a minute; past it, RATE_LIMITED.
 */
export const certifyBatch = async ({
  actor,
  requests,
  idempotencyKey,
  allowanceTaken = false,
  now,
}: CertifyBatchOptions): Promise<TCertifiedDose[]> => {
  const tenantId = tenantOf(actor);
  if (actor.type !== "API_CLIENT" || !actor.id) throw new AppError("FORBIDDEN", "Only an API client may certify");
  const apiClientId = actor.id;
  if (!allowanceTaken) await takeCertifyAllowance({ apiClientId, rows: requests.length, now });
  if (idempotencyKey && (await keyHeldMoreRows(tenantId, apiClientId, idempotencyKey, requests.length))) {
    throw usedKeyConflict([
      { path: String(requests.length), message: "The first request under this key had more rows" },
    ]);
  }
  const catalogue = await loadCertifyCatalogue(tenantId, requests);
  const mapped = requests.map((request, index) =>
    divocDoseRequest({ catalogue, request, index, apiClientId, idempotencyKey }),
  );
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
  if ("problems" in result && result.conflict) {
    throw usedKeyConflict(result.problems.map(({ index, message }) => ({ path: String(index), message })));
  }
  if ("problems" in result) {
    const details = result.problems.map(({ index, field, message }) => ({
      path: `${index}.${DIVOC_PATHS[field] ?? field}`,
      message,
    }));
    throw new AppError("UNPROCESSABLE", `${details.length} problem(s) in the certification requests`, details);
  }
  return result.certificates.map((certificate: TCertificateView, index) =>
    certifiedDose(certificate, requests[index]?.preEnrollmentCode),
  );
};
