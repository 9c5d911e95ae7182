import { prisma } from "@vax/db";
import { AppError, type TErrorDetail } from "../errors";
import type { TCertificationRequest } from "../schemas/certify";
import { type TActor, tenantOf } from "../shared/actor";
import type { TCertificateView } from "./certificate-view";
import { divocCountry, divocEmail, divocGender, divocIdentity, divocMobile } from "./divoc-identity";
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

/** One answer of the certify API, in DESIGN's contract shape. */
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

const endOfDay = (date: string) => new Date(`${date}T23:59:59Z`);
const lower = (text: string) => text.trim().toLowerCase();

const loadCatalogue = async (tenantId: string, requests: TCertificationRequest[]) => {
  const codes = requests.flatMap((request) => (request.preEnrollmentCode ? [request.preEnrollmentCode] : []));
  const [tenant, programmes, facilities, preEnrolments] = await Promise.all([
    prisma.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { country: true } }),
    prisma.programme.findMany({
      where: { tenantId, active: true },
      include: { vaccines: { where: { active: true }, select: { id: true, name: true, dosesInSchedule: true } } },
    }),
    prisma.facility.findMany({ where: { tenantId }, select: { id: true, name: true, code: true } }),
    codes.length
      ? prisma.preEnrolment.findMany({
          where: { tenantId, code: { in: codes } },
          select: { code: true, recipientId: true },
        })
      : [],
  ]);
  return { tenant, programmes, facilities, preEnrolments: new Map(preEnrolments.map((row) => [row.code, row])) };
};

type TCatalogue = Awaited<ReturnType<typeof loadCatalogue>>;

// Maps one DIVOC request onto the tenant's programme, vaccine and facility, or says which is unknown.
const toDoseRequest = (
  catalogue: TCatalogue,
  request: TCertificationRequest,
  index: number,
  idempotencyKey: string | null,
): { dose: TDoseRequest } | { problems: TErrorDetail[] } => {
  const problems: TErrorDetail[] = [];
  const problem = (path: string, message: string) => problems.push({ path: `${index}.${path}`, message });
  const vaccineName = lower(request.vaccination.name);
  const candidates = request.programId
    ? catalogue.programmes.filter(
        (programme) => programme.id === request.programId || lower(programme.name) === lower(request.programId ?? ""),
      )
    : catalogue.programmes.filter((programme) => programme.vaccines.some(({ name }) => lower(name) === vaccineName));
  const programme = candidates.length === 1 ? candidates[0] : undefined;
  if (request.programId && !programme) problem("programId", `No active programme ${request.programId} in your tenant`);
  if (!request.programId && candidates.length > 1) {
    problem("programId", `${request.vaccination.name} is used by several programmes; say which in programId`);
  }
  const known = catalogue.programmes.flatMap((candidate) => candidate.vaccines.map(({ name }) => name));
  const vaccine = programme?.vaccines.find(({ name }) => lower(name) === vaccineName);
  if (!vaccine && (programme || candidates.length === 0)) {
    const names = (programme ? programme.vaccines.map(({ name }) => name) : [...new Set(known)]).sort((a, b) =>
      a.localeCompare(b),
    );
    problem("vaccination.name", `Unknown vaccine ${request.vaccination.name}; the programme knows ${names.join(", ")}`);
  }
  if (
    vaccine &&
    request.vaccination.totalDoses !== undefined &&
    request.vaccination.totalDoses !== vaccine.dosesInSchedule
  ) {
    problem(
      "vaccination.totalDoses",
      `${vaccine.name} has ${vaccine.dosesInSchedule} doses in its schedule, not ${request.vaccination.totalDoses}`,
    );
  }
  const facilityName = lower(request.facility.name);
  const facility = catalogue.facilities.find(
    (candidate) => lower(candidate.name) === facilityName || lower(candidate.code) === facilityName,
  );
  if (!facility) {
    problem(
      "facility.name",
      `Unknown facility ${request.facility.name}; use a facility name or code registered in the admin portal`,
    );
  }
  const { recipient } = request;
  const gender = divocGender(recipient.gender);
  if (!gender) problem("recipient.gender", "recipient.gender must be Male, Female or Other");
  const mobile = divocMobile(recipient.contact);
  if (!mobile) problem("recipient.contact", "recipient.contact needs a phone number as tel:<number>");
  const age = recipient.age === undefined ? null : Number(recipient.age);
  if (age !== null && (!Number.isInteger(age) || age < 0 || age > 130)) {
    problem("recipient.age", "recipient.age must be a whole number of years");
  }
  const { identityType, identityNumber } = divocIdentity(recipient.identity);
  if (problems.length || !programme || !vaccine || !facility || !gender || !mobile) return { problems };
  const preEnrolment = request.preEnrollmentCode ? catalogue.preEnrolments.get(request.preEnrollmentCode) : undefined;
  const address = recipient.address;
  return {
    dose: {
      idempotencyKey: idempotencyKey
        ? `certify:${idempotencyKey}:${index}`
        : `certify:${identityType}:${identityNumber}:${programme.id}:${request.vaccination.dose}`,
      recipient: preEnrolment
        ? { id: preEnrolment.recipientId }
        : {
            details: {
              name: recipient.name,
              dateOfBirth: recipient.dob ? new Date(`${recipient.dob}T00:00:00Z`) : null,
              age: recipient.dob ? null : age,
              gender,
              nationality: recipient.nationality,
              identityType,
              identityNumber,
              mobile,
              email: divocEmail(recipient.contact),
              addressLine: [address?.addressLine1, address?.addressLine2].filter(Boolean).join(", "),
              district: address?.district ?? "",
              state: address?.state ?? "",
              pincode: String(address?.pincode ?? address?.pin ?? ""),
              country: divocCountry(recipient.nationality, catalogue.tenant.country),
            },
          },
      programmeId: programme.id,
      vaccineId: vaccine.id,
      facilityId: facility.id,
      vaccinatorId: null,
      vaccinatorName: request.vaccinator.name,
      batch: request.vaccination.batch,
      dose: request.vaccination.dose,
      vaccinatedAt: new Date(request.vaccination.date),
      validUntil: request.vaccination.effectiveUntil ? endOfDay(request.vaccination.effectiveUntil) : null,
      preEnrolmentCode: request.preEnrollmentCode ?? null,
    },
  };
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
  const catalogue = await loadCatalogue(tenantId, requests);
  const mapped = requests.map((request, index) => toDoseRequest(catalogue, request, index, idempotencyKey));
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
