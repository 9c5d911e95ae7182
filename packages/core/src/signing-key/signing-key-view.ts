import { parseCertificate } from "@vax/credentials/eu-dcc";
import type { SigningKey } from "@vax/db";

/** A signing key as the portal and the API show it: never its private half. */
export type TSigningKeyView = {
  id: string;
  tenantId: string;
  kid: string;
  kind: SigningKey["use"];
  algorithm: SigningKey["algorithm"];
  status: SigningKey["status"];
  statusReason: string | null;
  createdAt: string;
  activatedAt: string | null;
  retiredAt: string | null;
  revokedAt: string | null;
  /** The CSCA that certified a Document Signer. */
  parentKid: string | null;
  /** The X.509 certificate of the EU DCC kinds. */
  certificate: { subject: string; issuer: string; notBefore: string; notAfter: string; pem: string } | null;
  /** How many certificates of vaccination the key has signed. */
  signedCount: number;
};

/** The select that {@link signingKeyView} reads. */
export const signingKeySelect = {
  id: true,
  tenantId: true,
  kid: true,
  use: true,
  algorithm: true,
  status: true,
  statusReason: true,
  certificatePem: true,
  createdAt: true,
  activatedAt: true,
  retiredAt: true,
  revokedAt: true,
  parent: { select: { kid: true } },
  _count: { select: { certificates: true } },
} as const;

type TSelected = Pick<
  SigningKey,
  | "id"
  | "tenantId"
  | "kid"
  | "use"
  | "algorithm"
  | "status"
  | "statusReason"
  | "certificatePem"
  | "createdAt"
  | "activatedAt"
  | "retiredAt"
  | "revokedAt"
> & { parent: { kid: string } | null; _count: { certificates: number } };

const certificateOf = (pem: string) => {
  const certificate = parseCertificate(pem);
  return {
    subject: certificate.subject,
    issuer: certificate.issuer,
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
    pem,
  };
};

/** The view of a key row read with {@link signingKeySelect}. */
export const signingKeyView = (key: TSelected): TSigningKeyView => ({
  id: key.id,
  tenantId: key.tenantId,
  kid: key.kid,
  kind: key.use,
  algorithm: key.algorithm,
  status: key.status,
  statusReason: key.statusReason,
  createdAt: key.createdAt.toISOString(),
  activatedAt: key.activatedAt?.toISOString() ?? null,
  retiredAt: key.retiredAt?.toISOString() ?? null,
  revokedAt: key.revokedAt?.toISOString() ?? null,
  parentKid: key.parent?.kid ?? null,
  certificate: key.certificatePem ? certificateOf(key.certificatePem) : null,
  signedCount: key._count.certificates,
});
