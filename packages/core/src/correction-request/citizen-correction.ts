import type { DatabaseTransaction } from "@vax/db";
import { AppError } from "../errors";
import type { TRequestedChange } from "../schemas/correction-request";
import type { TCertificateCorrection } from "../schemas/lifecycle";

type TRecipientChanges = NonNullable<TCertificateCorrection["recipient"]>;
type TDoseChanges = NonNullable<TCertificateCorrection["dose"]>;

/** The certificate a request is about, as far as turning its changes into a correction needs. */
export type TCorrectedCertificate = { tenantId: string; programmeId: string };

const unknownChoice = (what: string, value: string, known: string[]) =>
  new AppError(
    "UNPROCESSABLE",
    `There is no ${what} named “${value}”${known.length > 0 ? ` (known: ${known.join(", ")})` : ""}: reject the request with that reason, or correct the certificate from its page`,
  );

// A citizen names a vaccine or a centre as it is printed; the correction needs the catalogue's record.
const vaccineIdOf = async (db: DatabaseTransaction, certificate: TCorrectedCertificate, name: string) => {
  const vaccines = await db.vaccine.findMany({
    where: { tenantId: certificate.tenantId, programmes: { some: { id: certificate.programmeId } } },
    select: { id: true, name: true },
  });
  const match = vaccines.find((vaccine) => vaccine.name.toLowerCase() === name.toLowerCase());
  if (!match)
    throw unknownChoice(
      "vaccine in this programme",
      name,
      vaccines.map((vaccine) => vaccine.name),
    );
  return match.id;
};

const facilityIdOf = async (db: DatabaseTransaction, certificate: TCorrectedCertificate, name: string) => {
  const facilities = await db.facility.findMany({
    where: {
      tenantId: certificate.tenantId,
      OR: [{ name: { equals: name, mode: "insensitive" } }, { code: { equals: name, mode: "insensitive" } }],
    },
    select: { id: true },
    take: 2,
  });
  const [match] = facilities;
  if (!match || facilities.length > 1) throw unknownChoice("single vaccination centre", name, []);
  return match.id;
};

/**
 * Turns the changes a citizen asked for into the lifecycle's correction: the person's details as
 * given, and the vaccine and centre, which the citizen names, looked up in the tenant's catalogue.
 */
export const citizenCorrection = async (
  db: DatabaseTransaction,
  certificate: TCorrectedCertificate,
  changes: TRequestedChange[],
): Promise<TCertificateCorrection> => {
  const recipient: TRecipientChanges = {};
  const dose: TDoseChanges = {};
  for (const { field, value } of changes) {
    if (field === "address") recipient.address = { addressLine: value };
    else if (field === "gender") recipient.gender = value as TRecipientChanges["gender"];
    else if (field === "identityType") recipient.identityType = value as TRecipientChanges["identityType"];
    else if (field === "name" || field === "dateOfBirth" || field === "nationality" || field === "identityNumber") {
      recipient[field] = value;
    } else if (field === "vaccine") dose.vaccineId = await vaccineIdOf(db, certificate, value);
    else if (field === "facility") dose.facilityId = await facilityIdOf(db, certificate, value);
    else if (field === "batch") dose.batch = value;
    else dose.vaccinatedAt = value;
  }
  return {
    ...(Object.keys(recipient).length > 0 ? { recipient } : {}),
    ...(Object.keys(dose).length > 0 ? { dose } : {}),
  };
};
