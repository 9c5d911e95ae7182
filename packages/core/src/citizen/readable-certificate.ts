import { type Prisma, prisma } from "@vax/db";
import { normaliseCertificateId } from "../certification/certificate-id";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import { storedMobileForms } from "./mobile-number";

/**
 * Who may read a certificate by id: the citizen on whose number its holder is registered, an API
 * client of its tenant, or a vaccinator or facility admin of its tenant printing it at the counter.
 */
export type TCertificateReader =
  | { type: "CITIZEN"; mobile: string }
  | { type: "API_CLIENT"; actor: TActor }
  | { type: "FACILITY_STAFF"; actor: TActor };

/** What a readable certificate is loaded with: its tenant, programme and holder's number. */
export const readableInclude = {
  tenant: { select: { slug: true, name: true, country: true, timeZone: true } },
  programme: { select: { name: true, disease: true, snomedCode: true } },
  recipient: { select: { mobile: true } },
} satisfies Prisma.CertificateInclude;

/** A certificate with what its downloads need. */
export type TReadableCertificate = Prisma.CertificateGetPayload<{ include: typeof readableInclude }>;

const mayRead = (reader: TCertificateReader, certificate: TReadableCertificate): boolean =>
  reader.type === "CITIZEN"
    ? storedMobileForms(reader.mobile).includes(certificate.recipient.mobile)
    : reader.actor.tenantId !== null && reader.actor.tenantId === certificate.tenantId;

/**
 * Finds a certificate by its printed id (typed in any case, O for 0 forgiven) for a reader who may
 * see it. Anyone else is told it does not exist, exactly as for an id that does not, so ids cannot
 * be probed.
 */
export const findReadableCertificate = async (
  reader: TCertificateReader,
  certificateId: string,
): Promise<TReadableCertificate> => {
  const id = normaliseCertificateId(certificateId);
  const certificate = id
    ? await prisma.certificate.findUnique({ where: { certificateId: id }, include: readableInclude })
    : null;
  if (!certificate || !mayRead(reader, certificate)) {
    throw new AppError("NOT_FOUND", "There is no certificate with this id");
  }
  return certificate;
};
