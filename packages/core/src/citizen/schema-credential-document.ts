import { env } from "@vax/config/env";
import { subjectFields } from "@vax/credentials/verify";
import type { TCertificateDocument } from "@vax/pdf";
import { schemaCredentialCopies } from "../credential-schema/schema-credential-copies";
import type { TReadableSchemaCredential } from "./readable-schema-credential";

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() ? value.trim() : undefined;

/**
 * The printed form of a credential issued under a schema: the holder and every other fact from its signed subject
 * (so the paper says what its QR says), labelled by the schema, titled with the schema's title.
 */
export const schemaCredentialDocument = (row: TReadableSchemaCredential): TCertificateDocument => {
  const { credential, qr } = schemaCredentialCopies(row);
  const subject = (credential.credentialSubject ?? {}) as Record<string, unknown>;
  const issuer =
    typeof credential.issuer === "string" ? credential.issuer : text((credential.issuer as { id?: unknown })?.id);
  return {
    certificateId: row.certificateId,
    programme: { name: row.schemaVersion.schema.title, disease: text(subject.disease) },
    issuer: { name: row.tenant.name, country: row.tenant.country, did: issuer ?? "unknown" },
    recipient: {
      name: text(subject.name) ?? "",
      birthDate: text(subject.birthDate),
      gender: text(subject.gender),
      identifier: text(subject.identifier),
    },
    doses: [],
    eventFields: subjectFields(subject, row.schemaVersion.subjectSchema).slice(0, 40),
    issuedAt: row.issuedAt.toISOString(),
    qr,
    verifyUrl: env.VAX_PUBLIC_URL,
    timeZone: row.tenant.timeZone,
  };
};
