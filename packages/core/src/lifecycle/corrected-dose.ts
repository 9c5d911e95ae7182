import { type Prisma, prisma } from "@vax/db";
import type { TCredentialDose } from "../certification/certificate-credential";
import { AppError } from "../errors";
import type { TCertificateCorrection } from "../schemas/lifecycle";
import type { TCorrectedCertificate } from "./plan-correction";

type TDoseChanges = NonNullable<TCertificateCorrection["dose"]>;

/** A dose after a correction: the event columns that change, their field paths, and what the credential shows. */
export type TCorrectedDose = {
  data: Prisma.VaccinationEventUncheckedUpdateInput;
  changedFields: string[];
  credential: TCredentialDose;
  validUntil: Date | null;
};

/** Options for {@link correctedDose}. */
export type CorrectedDoseOptions = {
  certificate: TCorrectedCertificate;
  changes: TDoseChanges;
  /** The recipient's date of birth after the correction. */
  dateOfBirth: Date | null;
  now: Date;
};

const DAY_MS = 86_400_000;
// Device clocks drift; a dose recorded a few minutes "ahead" is not a future dose.
const CLOCK_SKEW_MS = 5 * 60_000;
const day = (date: Date) => date.toISOString().slice(0, 10);

const refused = (field: string, message: string) =>
  new AppError("VALIDATION_FAILED", message, [{ path: `dose.${field}`, message }]);

// A date alone keeps the time of day recorded, so correcting nothing but the day moves nothing else.
const vaccinationTime = (value: string, recorded: Date) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T${recorded.toISOString().slice(11)}`) : new Date(value);

const facilityOf = async (certificate: TCorrectedCertificate, facilityId: string) => {
  const facility = await prisma.facility.findFirst({
    where: { id: facilityId, tenantId: certificate.tenantId },
    include: { programmes: { where: { id: certificate.programmeId }, select: { id: true } } },
  });
  if (!facility) throw refused("facilityId", "No such facility in your tenant");
  if (!facility.programmes.length) {
    throw refused("facilityId", `${facility.name} does not run ${certificate.programme.name}`);
  }
  return facility;
};

/**
 * Applies a correction's dose fields to the certificate's vaccination event under the dose rules:
 * the vaccine must be one of the programme's active vaccines with this dose in its schedule, the
 * facility one of the tenant's that runs the programme, and the date neither in the future nor
 * before the recipient's birth. Keeps only the fields that differ.
 */
export const correctedDose = async ({
  certificate,
  changes,
  dateOfBirth,
  now,
}: CorrectedDoseOptions): Promise<TCorrectedDose> => {
  const event = certificate.vaccinationEvent;
  const data: Prisma.VaccinationEventUncheckedUpdateInput = {};
  const changedFields: string[] = [];
  let vaccine = event.vaccine;
  if (changes.vaccineId !== undefined && changes.vaccineId !== event.vaccineId) {
    const chosen = certificate.programme.vaccines.find(({ id }) => id === changes.vaccineId);
    if (!chosen)
      throw refused("vaccineId", `The vaccine is not one of ${certificate.programme.name}'s active vaccines`);
    if (certificate.dose > chosen.dosesInSchedule) {
      throw refused(
        "vaccineId",
        `${chosen.name} has ${chosen.dosesInSchedule} doses, so it cannot be dose ${certificate.dose}`,
      );
    }
    vaccine = chosen;
    Object.assign(data, { vaccineId: chosen.id, totalDoses: chosen.dosesInSchedule });
    changedFields.push("dose.vaccineId");
  }
  let facility = event.facility;
  if (changes.facilityId !== undefined && changes.facilityId !== event.facilityId) {
    facility = await facilityOf(certificate, changes.facilityId);
    data.facilityId = facility.id;
    changedFields.push("dose.facilityId");
  }
  if (changes.batch !== undefined && changes.batch !== event.batch) {
    data.batch = changes.batch;
    changedFields.push("dose.batch");
  }
  let vaccinatedAt = event.vaccinatedAt;
  if (changes.vaccinatedAt !== undefined) {
    const corrected = vaccinationTime(changes.vaccinatedAt, event.vaccinatedAt);
    if (corrected.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw refused("vaccinatedAt", "The date of vaccination cannot be in the future");
    }
    if (dateOfBirth && day(corrected) < day(dateOfBirth)) {
      throw refused("vaccinatedAt", "The date of vaccination cannot be before the date of birth");
    }
    if (corrected.getTime() !== event.vaccinatedAt.getTime()) {
      vaccinatedAt = corrected;
      data.vaccinatedAt = corrected;
      changedFields.push("dose.vaccinatedAt");
    }
  }
  const issuedValidity = (certificate.payload as { validUntil?: unknown }).validUntil;
  const sameValidity = vaccine.id === event.vaccineId && vaccinatedAt.getTime() === event.vaccinatedAt.getTime();
  const validUntil =
    sameValidity && typeof issuedValidity === "string"
      ? new Date(issuedValidity)
      : vaccine.validityDays
        ? new Date(vaccinatedAt.getTime() + vaccine.validityDays * DAY_MS)
        : null;
  return {
    data,
    changedFields,
    credential: {
      vaccine,
      facility,
      batch: changes.batch ?? event.batch,
      dose: certificate.dose,
      totalDoses: vaccine.id === event.vaccineId ? event.totalDoses : vaccine.dosesInSchedule,
      vaccinatedAt,
    },
    validUntil,
  };
};
