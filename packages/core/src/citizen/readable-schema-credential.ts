import { type Prisma, prisma } from "@vax/db";
import { normaliseCertificateId } from "../certification/certificate-id";
import { storedMobileForms } from "./mobile-number";
import type { TCertificateReader } from "./readable-certificate";

/** What a readable schema credential is loaded with: its tenant, schema version and holder's number. */
const readableSchemaCredentialInclude = {
  tenant: { select: { name: true, country: true, timeZone: true } },
  schemaVersion: {
    select: { subjectSchema: true, schema: { select: { id: true, name: true, title: true, tenantId: true } } },
  },
  recipient: { select: { mobile: true } },
} satisfies Prisma.SchemaCredentialInclude;

/** A credential issued under a schema (a test report), with what its downloads need. */
export type TReadableSchemaCredential = Prisma.SchemaCredentialGetPayload<{
  include: typeof readableSchemaCredentialInclude;
}>;

const mayRead = (reader: TCertificateReader, credential: TReadableSchemaCredential): boolean =>
  reader.type === "CITIZEN"
    ? credential.recipient !== null && storedMobileForms(reader.mobile).includes(credential.recipient.mobile)
    : reader.actor.tenantId !== null && reader.actor.tenantId === credential.tenantId;

/**
 * The schema credential with a printed id, when there is one the reader may see; null otherwise, so the caller
 * answers exactly as for an id that names nothing. Ids come from one space with certificates', so an id is one or
 * the other.
 */
export const findReadableSchemaCredential = async (
  reader: TCertificateReader,
  certificateId: string,
): Promise<TReadableSchemaCredential | null> => {
  const id = normaliseCertificateId(certificateId);
  const credential = id
    ? await prisma.schemaCredential.findUnique({
        where: { certificateId: id },
        include: readableSchemaCredentialInclude,
      })
    : null;
  return credential && mayRead(reader, credential) ? credential : null;
};
