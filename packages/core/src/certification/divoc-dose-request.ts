import { prisma } from "@vax/db";
import type { TErrorDetail } from "../errors";
import type { TCertificationRequest } from "../schemas/certify";
import { normalisePreEnrolmentCode } from "../schemas/pre-enrolment";
import { divocCountry, divocEmail, divocGender, divocIdentity, divocMobile } from "./divoc-identity";
import type { TDoseRequest } from "./dose-request";
import { certificationRequestHash } from "./request-hash";

const endOfDay = (date: string) => new Date(`${date}T23:59:59Z`);
const lower = (text: string) => text.trim().toLowerCase();

/** The address columns of a DIVOC recipient's address. */
export const divocAddress = (address: TCertificationRequest["recipient"]["address"]) => ({
  addressLine: [address?.addressLine1, address?.addressLine2].filter(Boolean).join(", "),
  district: address?.district ?? "",
  state: address?.state ?? "",
  pincode: String(address?.pincode ?? address?.pin ?? ""),
});

/** Reads the tenant's programmes, facilities and the pre-enrolments a batch names, once per batch. */
export const loadCertifyCatalogue = async (tenantId: string, requests: TCertificationRequest[]) => {
  const codes = requests.flatMap((request) =>
    request.preEnrollmentCode ? [normalisePreEnrolmentCode(request.preEnrollmentCode)] : [],
  );
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
          select: { code: true, recipientId: true, programmeId: true, status: true },
        })
      : [],
  ]);
  return { tenant, programmes, facilities, preEnrolments: new Map(preEnrolments.map((row) => [row.code, row])) };
};

type TCatalogue = Awaited<ReturnType<typeof loadCertifyCatalogue>>;

/** The stored key of row `index` sent under an API client's `Idempotency-Key`: keys are the client's own. */
export const clientRowKey = (apiClientId: string, idempotencyKey: string, index: number): string =>
  `certify:${apiClientId}:${idempotencyKey}:${index}`;

/** Options for {@link divocDoseRequest}. */
export type DivocDoseRequestOptions = {
  catalogue: TCatalogue;
  request: TCertificationRequest;
  index: number;
  apiClientId: string;
  idempotencyKey: string | null;
};

/** Maps one DIVOC request onto the tenant's programme, vaccine and facility, or says what is unknown. */
export const divocDoseRequest = ({
  catalogue,
  request,
  index,
  apiClientId,
  idempotencyKey,
}: DivocDoseRequestOptions): { dose: TDoseRequest } | { problems: TErrorDetail[] } => {
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
  // A code the platform does not know is the caller's own reference, echoed back; one it knows names the recipient.
  const preEnrolment = request.preEnrollmentCode
    ? catalogue.preEnrolments.get(normalisePreEnrolmentCode(request.preEnrollmentCode))
    : undefined;
  if (preEnrolment?.status === "CANCELLED") {
    problem(
      "preEnrollmentCode",
      `The pre-enrolment ${preEnrolment.code} was cancelled: no dose is certified under it. Send an open pre-enrolment code, or none`,
    );
  }
  if (problems.length || !programme || !vaccine || !facility || !gender || !mobile) return { problems };
  const dateOfBirth = recipient.dob ? new Date(`${recipient.dob}T00:00:00Z`) : null;
  return {
    dose: {
      idempotencyKey: idempotencyKey
        ? clientRowKey(apiClientId, idempotencyKey, index)
        : `certify:${apiClientId}:${identityType}:${identityNumber}:${programme.id}:${request.vaccination.dose}`,
      caller: {
        apiClientId,
        requestHash: certificationRequestHash(request),
        keyFromCaller: idempotencyKey !== null,
        claimed: {
          name: recipient.name,
          dateOfBirth,
          age: dateOfBirth ? null : age,
          gender,
          identityType,
          identityNumber,
        },
      },
      recipient: preEnrolment
        ? { id: preEnrolment.recipientId }
        : {
            details: {
              name: recipient.name,
              dateOfBirth,
              age: dateOfBirth ? null : age,
              gender,
              nationality: recipient.nationality,
              identityType,
              identityNumber,
              mobile,
              email: divocEmail(recipient.contact),
              ...divocAddress(recipient.address),
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
      // A code the platform never pre-enrolled is still kept (as used) with the certificates, so that DIVOC's
      // update and revoke can name them by it later.
      preEnrolmentCode:
        preEnrolment?.code ?? (request.preEnrollmentCode ? normalisePreEnrolmentCode(request.preEnrollmentCode) : null),
    },
  };
};
