import { type CertificateStatus, prisma } from "@vax/db";
import { normaliseCertificateId } from "../certification/certificate-id";
import { AppError } from "../errors";
import { type TActor, tenantOf } from "../shared/actor";
import { correctableRecord, correctableRecordSelect, type TCorrectableRecipient } from "./correctable-record";
import { readableCertificates } from "./readable-certificates";

// A form's choices are the programme's vaccines and facilities; a tenant beyond this many facilities
// in one programme needs a search box, not a longer list.
const MAX_CHOICES = 1000;

/** A vaccine or facility the correction form offers. */
export type TCorrectionChoice = { id: string; name: string };

/**
 * What the correction form of a certificate starts from: the recipient and the dose as they stand
 * today (the identity only as the certificate prints it, never a full Aadhaar number), and the
 * vaccines and facilities its programme offers, with the ones it has even when no longer active.
 */
export type TCorrectionDraft = {
  certificateId: string;
  status: CertificateStatus;
  credential: Record<string, unknown>;
  recipient: TCorrectableRecipient;
  dose: {
    dose: number;
    vaccineId: string;
    batch: string;
    /** The day of vaccination, YYYY-MM-DD. */
    vaccinatedOn: string;
    facilityId: string;
  };
  vaccines: TCorrectionChoice[];
  facilities: TCorrectionChoice[];
};

/** Options for {@link getCorrectionDraft}: `id` is the certificate id as typed. */
export type GetCorrectionDraftOptions = { actor: TActor; id: string };

const withCurrent = (choices: TCorrectionChoice[], current: TCorrectionChoice): TCorrectionChoice[] =>
  choices.some((choice) => choice.id === current.id) ? choices : [current, ...choices];

/**
 * The starting point of a certificate's correction form, for an actor who changes things in its
 * tenant. NOT_FOUND when the certificate is not theirs to read.
 */
export const getCorrectionDraft = async ({ actor, id }: GetCorrectionDraftOptions): Promise<TCorrectionDraft> => {
  const tenantId = tenantOf(actor);
  const certificateId = normaliseCertificateId(id);
  const row = certificateId
    ? await prisma.certificate.findFirst({
        where: { AND: [readableCertificates(actor), { tenantId, certificateId }] },
        select: {
          certificateId: true,
          status: true,
          payload: true,
          programmeId: true,
          dose: true,
          ...correctableRecordSelect,
        },
      })
    : null;
  if (!row) throw new AppError("NOT_FOUND", "No certificate with this id");
  const offered = { tenantId, active: true, programmes: { some: { id: row.programmeId } } };
  const [vaccines, facilities] = await Promise.all([
    prisma.vaccine.findMany({
      where: offered,
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: MAX_CHOICES,
    }),
    prisma.facility.findMany({
      where: offered,
      select: { id: true, name: true },
      orderBy: { name: "asc" },
      take: MAX_CHOICES,
    }),
  ]);
  const { recipient, dose } = correctableRecord(row);
  return {
    certificateId: row.certificateId,
    status: row.status,
    credential: row.payload as Record<string, unknown>,
    recipient,
    dose: {
      dose: row.dose,
      vaccineId: dose.vaccine.id,
      batch: dose.batch,
      vaccinatedOn: dose.vaccinatedOn,
      facilityId: dose.facility.id,
    },
    vaccines: withCurrent(vaccines, dose.vaccine),
    facilities: withCurrent(facilities, dose.facility),
  };
};
