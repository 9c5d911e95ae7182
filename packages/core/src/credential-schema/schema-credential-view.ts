import type { CertificateStatus } from "@vax/db";
import { schemaCredentialCopies } from "./schema-credential-copies";

/** A credential issued under a schema, as its issuer sees it: the signed credential and its QR text. */
export type TSchemaCredentialView = {
  id: string;
  certificateId: string;
  schemaId: string;
  schemaVersionId: string;
  version: number;
  credentialType: string;
  status: CertificateStatus;
  issuedAt: string;
  credential: Record<string, unknown>;
  /** The native QR text (zlib + base45 of the credential exactly as signed). */
  qr: string;
};

type TRow = {
  id: string;
  certificateId: string;
  schemaVersionId: string;
  status: CertificateStatus;
  issuedAt: Date;
  nativeQr: string;
  payload: unknown;
  schemaVersion: { schemaId: string; version: number; credentialType: string };
};

/** Maps a stored schema credential to its view: the whole signed credential and its QR text. */
export const schemaCredentialView = (row: TRow): TSchemaCredentialView => {
  const { credential, qr } = schemaCredentialCopies(row);
  return {
    id: row.id,
    certificateId: row.certificateId,
    schemaId: row.schemaVersion.schemaId,
    schemaVersionId: row.schemaVersionId,
    version: row.schemaVersion.version,
    credentialType: row.schemaVersion.credentialType,
    status: row.status,
    issuedAt: row.issuedAt.toISOString(),
    credential,
    qr,
  };
};
