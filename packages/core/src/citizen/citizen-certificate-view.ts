import { type SubjectField, subjectFields } from "@vax/credentials/verify";
import type { CertificateStatus, Prisma } from "@vax/db";
import { signedCredentialContent, type TCredentialDose } from "./signed-credential-content";

/** One certificate as the citizen portal lists it. */
export type TCitizenCertificate = {
  certificateId: string;
  programmeName: string;
  dose: number;
  totalDoses: number;
  status: CertificateStatus;
  /** The one to show for its programme: the latest dose's certificate that is neither replaced nor revoked. */
  current: boolean;
  /** For a superseded certificate, the printed id of the version that replaced it last: the one to download. */
  replacedBy: string | null;
  issuedAt: string;
  doses: TCredentialDose[];
};

/** A credential issued to the person under a schema (a COVID-19 test report), as the citizen portal lists it. */
export type TCitizenCredential = {
  certificateId: string;
  /** The schema's title: "COVID-19 test report". */
  title: string;
  /** The built-in schema it was issued under, whose words the portal translates; null for a tenant's own schema. */
  builtInSchema: string | null;
  status: CertificateStatus;
  issuedAt: string;
  /** What it states beyond the holder, labelled by its schema. */
  fields: SubjectField[];
};

/** A person registered on the citizen's number, with their certificates, current ones first, and other credentials, newest first. */
export type TCitizenPerson = {
  recipientId: string;
  name: string;
  birthDate: string | null;
  certificates: TCitizenCertificate[];
  credentials: TCitizenCredential[];
};

/** What a recipient query must include for {@link citizenPersonView}. */
export const citizenPersonInclude = {
  certificates: {
    include: { programme: { select: { name: true } }, vaccinationEvent: { select: { totalDoses: true } } },
  },
  schemaCredentials: {
    include: {
      schemaVersion: {
        select: { subjectSchema: true, schema: { select: { title: true, name: true, tenantId: true } } },
      },
    },
    orderBy: { issuedAt: "desc" },
  },
} satisfies Prisma.RecipientInclude;

type TRecipientRow = Prisma.RecipientGetPayload<{ include: typeof citizenPersonInclude }>;
type TCertificateRow = TRecipientRow["certificates"][number];

const stillStanding = (status: CertificateStatus) => status === "ACTIVE" || status === "SUSPENDED";

const newerFirst = (a: TCertificateRow, b: TCertificateRow) =>
  b.dose - a.dose || b.issuedAt.getTime() - a.issuedAt.getTime();

// The first standing certificate per programme, newest dose first, is the current one.
const currentIds = (certificates: TCertificateRow[]): Set<string> => {
  const byProgramme = new Map<string, string>();
  for (const certificate of [...certificates].sort(newerFirst)) {
    if (stillStanding(certificate.status) && !byProgramme.has(certificate.programmeId)) {
      byProgramme.set(certificate.programmeId, certificate.id);
    }
  }
  return new Set(byProgramme.values());
};

// Corrections keep the recipient, so every version of a certificate is among the recipient's; the
// bound only guards against a corrupted cycle.
const latestVersions = (certificates: TCertificateRow[]): Map<string, string> => {
  const nextOf = new Map(certificates.flatMap((row) => (row.previousId ? [[row.previousId, row] as const] : [])));
  const latest = new Map<string, string>();
  for (const row of certificates) {
    if (row.status !== "SUPERSEDED") continue;
    let version = row;
    for (let steps = 0; steps < certificates.length; steps++) {
      const next = nextOf.get(version.id);
      if (!next) break;
      version = next;
    }
    if (version !== row) latest.set(row.id, version.certificateId);
  }
  return latest;
};

const certificateView = (row: TCertificateRow, current: boolean, replacedBy: string | null): TCitizenCertificate => ({
  certificateId: row.certificateId,
  programmeName: row.programme.name,
  dose: row.dose,
  totalDoses: row.vaccinationEvent.totalDoses,
  status: row.status,
  current,
  replacedBy,
  issuedAt: row.issuedAt.toISOString(),
  doses: signedCredentialContent(row.payload)?.doses ?? [],
});

/** Maps a recipient and their certificates to what the citizen sees. */
export const citizenPersonView = (recipient: TRecipientRow): TCitizenPerson => {
  const current = currentIds(recipient.certificates);
  const replacedBy = latestVersions(recipient.certificates);
  const certificates = recipient.certificates
    .map((row) => certificateView(row, current.has(row.id), replacedBy.get(row.id) ?? null))
    .sort(
      (a, b) =>
        Number(b.current) - Number(a.current) ||
        a.programmeName.localeCompare(b.programmeName) ||
        b.dose - a.dose ||
        b.issuedAt.localeCompare(a.issuedAt),
    );
  return {
    recipientId: recipient.id,
    name: recipient.name,
    birthDate: recipient.dateOfBirth?.toISOString().slice(0, 10) ?? null,
    certificates,
    credentials: recipient.schemaCredentials.map((row) => ({
      certificateId: row.certificateId,
      title: row.schemaVersion.schema.title,
      builtInSchema: row.schemaVersion.schema.tenantId === null ? row.schemaVersion.schema.name : null,
      status: row.status,
      issuedAt: row.issuedAt.toISOString(),
      fields: subjectFields(row.claims as Record<string, unknown>, row.schemaVersion.subjectSchema),
    })),
  };
};
