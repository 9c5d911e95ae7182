import { subjectFields } from "@vax/credentials/verify";
import { type CertificateStatus, prisma } from "@vax/db";
import { normaliseCertificateId } from "../certification/certificate-id";
import { AppError } from "../errors";
import { type TActor, tenantFilter } from "../shared/actor";
import { schemaCredentialCopies } from "./schema-credential-copies";

/** A credential issued under a schema (a test report...) as its tenant's admins see it, with what it states. */
export type TSchemaCredentialDetails = {
  certificateId: string;
  /** The schema's title, e.g. "COVID-19 test report". */
  title: string;
  schemaName: string;
  version: number;
  status: CertificateStatus;
  statusReason: string | null;
  issuedAt: string;
  holderName: string | null;
  /** The subject's facts in its schema's order and words. */
  fields: Array<{ key: string; label: string; value: string }>;
  credential: Record<string, unknown>;
  qr: string;
};

/**
 * A credential issued under a schema by the actor's tenant, by the id it prints; NOT_FOUND for an id that names none
 * of the tenant's (a certificate's id included: the caller looks for one first).
 */
export const getSchemaCredentialDetails = async ({
  actor,
  certificateId,
}: {
  actor: TActor;
  certificateId: string;
}): Promise<TSchemaCredentialDetails> => {
  const stored = normaliseCertificateId(certificateId) ?? certificateId.trim();
  const row = await prisma.schemaCredential.findFirst({
    where: { ...tenantFilter(actor), certificateId: stored },
    include: {
      schemaVersion: {
        select: { version: true, subjectSchema: true, schema: { select: { name: true, title: true } } },
      },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", `No credential ${certificateId} in your tenant`);
  const { credential, qr } = schemaCredentialCopies(row);
  const subject = (credential.credentialSubject ?? {}) as Record<string, unknown>;
  return {
    certificateId: row.certificateId,
    title: row.schemaVersion.schema.title,
    schemaName: row.schemaVersion.schema.name,
    version: row.schemaVersion.version,
    status: row.status,
    statusReason: row.statusReason,
    issuedAt: row.issuedAt.toISOString(),
    holderName: typeof subject.name === "string" ? subject.name : null,
    fields: subjectFields(subject, row.schemaVersion.subjectSchema).map(({ key, label, value }) => ({
      key,
      label,
      value,
    })),
    credential,
    qr,
  };
};
