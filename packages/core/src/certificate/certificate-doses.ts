import { type Prisma, prisma } from "@vax/db";
import type { TCertificateDose } from "./certificate-details";
import { dosesOfCredential, type TListedDose } from "./credential-doses";

const eventInclude = {
  vaccine: { select: { name: true, manufacturer: true } },
  facility: { select: { name: true } },
  vaccinator: { select: { name: true } },
} satisfies Prisma.VaccinationEventInclude;

type TEventRow = Prisma.VaccinationEventGetPayload<{ include: typeof eventInclude }>;

/** Options for {@link certificateDoses}: the certificate's own columns that say which doses are behind it. */
export type CertificateDosesOptions = {
  certificate: {
    tenantId: string;
    recipientId: string;
    programmeId: string;
    dose: number;
    vaccinationEventId: string;
    payload: unknown;
  };
};

const day = (date: Date) => date.toISOString().slice(0, 10);

const fromEvent = (event: TEventRow, issuedFor: boolean): TCertificateDose => ({
  dose: event.dose,
  totalDoses: event.totalDoses,
  vaccineName: event.vaccine.name,
  manufacturer: event.vaccine.manufacturer,
  batch: event.batch,
  date: day(event.vaccinatedAt),
  facilityName: event.facility.name,
  vaccinatorName: event.vaccinator?.name ?? null,
  source: event.source,
  vaccinationEventId: event.id,
  issuedFor,
});

const fromCredential = (listed: TListedDose): TCertificateDose => ({
  dose: listed.doseNumber,
  totalDoses: listed.totalDoses,
  vaccineName: listed.vaccine.name,
  manufacturer: listed.vaccine.manufacturer?.name ?? "",
  batch: listed.batch,
  date: listed.date,
  facilityName: listed.facility.name,
  vaccinatorName: null,
  source: null,
  vaccinationEventId: null,
  issuedFor: false,
});

/**
 * The doses behind a certificate, oldest first: each dose its credential lists, shown from the
 * vaccination event recorded for it (the certificate's own event for its dose, else the
 * recipient's event of that dose in the programme, preferring the one with the same batch and
 * date). A credential whose doses cannot be read falls back to the certificate's own event.
 */
export const certificateDoses = async ({ certificate }: CertificateDosesOptions): Promise<TCertificateDose[]> => {
  const listed = dosesOfCredential(certificate.payload);
  const events = await prisma.vaccinationEvent.findMany({
    where: {
      tenantId: certificate.tenantId,
      OR: [
        { id: certificate.vaccinationEventId },
        {
          recipientId: certificate.recipientId,
          programmeId: certificate.programmeId,
          dose: { in: listed.map(({ doseNumber }) => doseNumber) },
        },
      ],
    },
    include: eventInclude,
    orderBy: [{ vaccinatedAt: "asc" }, { id: "asc" }],
  });
  const own = events.find(({ id }) => id === certificate.vaccinationEventId);
  if (listed.length === 0) return own ? [fromEvent(own, true)] : [];
  const others = events.filter(({ id }) => id !== certificate.vaccinationEventId);
  return listed.map((dose) => {
    if (own && dose.doseNumber === certificate.dose) return fromEvent(own, true);
    const sameDose = others.filter((event) => event.dose === dose.doseNumber);
    const event =
      sameDose.find((candidate) => candidate.batch === dose.batch && day(candidate.vaccinatedAt) === dose.date) ??
      sameDose[0];
    return event ? fromEvent(event, false) : fromCredential(dose);
  });
};
