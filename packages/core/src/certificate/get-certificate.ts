import { type Prisma, prisma } from "@vax/db";
import { auditEventSelect } from "../audit/list-audit-events";
import { identifierOf } from "../certification/certificate-credential";
import { normaliseCertificateId } from "../certification/certificate-id";
import { issuedCredential } from "../certification/issued-credential";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import type { TCertificateDetails } from "./certificate-details";
import { certificateDoses } from "./certificate-doses";
import { certificateVersions } from "./certificate-versions";
import { readableCertificates } from "./readable-certificates";

const certificateInclude = {
  programme: { select: { id: true, name: true } },
  recipient: {
    select: {
      id: true,
      name: true,
      dateOfBirth: true,
      age: true,
      gender: true,
      identityType: true,
      identityNumber: true,
      mobile: true,
    },
  },
  signingKey: { select: { kid: true, algorithm: true, status: true } },
  vaccinationEvent: { select: { totalDoses: true } },
} satisfies Prisma.CertificateInclude;

/** Options for {@link getCertificate}: `id` is the certificate's row id or its certificate id as typed. */
export type GetCertificateOptions = { actor: TActor; id: string };

/**
 * One certificate the actor may read with everything an admin checks: its status and signing
 * slot, the recipient (the mobile number in full, the identity as the certificate shows it), the
 * doses behind it, its versions, its audit events, the credential and its QR text. NOT_FOUND when
 * it is not in the tenant or, for facility staff, not issued for a dose at their facility.
 */
export const getCertificate = async ({ actor, id }: GetCertificateOptions): Promise<TCertificateDetails> => {
  const certificateId = normaliseCertificateId(id);
  const row = await prisma.certificate.findFirst({
    where: { AND: [readableCertificates(actor), certificateId ? { certificateId } : { id }] },
    include: certificateInclude,
  });
  if (!row) throw new AppError("NOT_FOUND", "No certificate with this id");
  const [doses, versions, auditEvents] = await Promise.all([
    certificateDoses({ certificate: row }),
    certificateVersions({ tenantId: row.tenantId, certificate: row }),
    // The row id is unique across tenants and the row is the actor's, so its events are too.
    prisma.auditEvent.findMany({
      where: { entityType: "Certificate", entityId: row.id },
      select: auditEventSelect,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const { credential, qr } = issuedCredential(row);
  const { recipient } = row;
  return {
    id: row.id,
    certificateId: row.certificateId,
    status: row.status,
    statusReason: row.statusReason,
    suspendedUntil: row.suspendedUntil?.toISOString() ?? null,
    format: row.format,
    version: row.version,
    issuedAt: row.issuedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    programme: row.programme,
    dose: row.dose,
    totalDoses: row.vaccinationEvent.totalDoses,
    signingKey: row.signingKey,
    statusList:
      row.statusListNumber !== null && row.statusListIndex !== null
        ? { number: row.statusListNumber, index: row.statusListIndex }
        : null,
    recipient: {
      id: recipient.id,
      name: recipient.name,
      dateOfBirth: recipient.dateOfBirth ? recipient.dateOfBirth.toISOString().slice(0, 10) : null,
      age: recipient.age,
      gender: recipient.gender,
      identityType: recipient.identityType,
      identity: identifierOf(recipient.identityType, recipient.identityNumber),
      mobile: recipient.mobile,
    },
    doses,
    versions,
    auditEvents,
    credential,
    qr,
  };
};
