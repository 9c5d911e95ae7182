import {
  type CertifyingCsca,
  generateIssuerKey,
  type IssuerKey,
  type IssuerKeyKind,
  sealPrivateKey,
} from "@vax/credentials/keys";
import type { DatabaseTransaction } from "./client";
import type { KeyStatus, Prisma } from "./generated/prisma/client";

type RowOptions = { tenantId: string; keyEncryptionKey: string; status: KeyStatus; now: Date; parentId?: string };

// The `SigningKey` row of a generated key: public JWK in clear, private key sealed.
const sealedRow = (key: IssuerKey, { tenantId, keyEncryptionKey, status, now, parentId }: RowOptions) => ({
  tenantId,
  kid: key.kid,
  algorithm: key.algorithm,
  use: key.kind,
  // A JWK is plain JSON; its DOM type just lacks the index signature Prisma asks for.
  publicKeyJwk: JSON.parse(JSON.stringify(key.publicJwk)) as Prisma.InputJsonObject,
  certificatePem: key.certificatePem ?? null,
  encryptedPrivateKey: sealPrivateKey(key.privateJwk, keyEncryptionKey),
  parentId: parentId ?? null,
  status,
  activatedAt: status === "ACTIVE" ? now : null,
});

/** Options for {@link newSealedSigningKey}. */
export type NewSealedSigningKeyOptions = {
  tenantId: string;
  /** What the key signs: W3C credentials, SMART Health Cards, DCC Document Signer certificates, or DCCs. */
  kind: IssuerKeyKind;
  /** The tenant's country and name, which DCC certificates carry in their subject. */
  country: string;
  issuerName: string;
  /** For a Document Signer: the CSCA row that certifies it, with its private key opened. */
  csca?: CertifyingCsca & { id: string };
  /** The key encryption key (VAX_KEY_ENCRYPTION_KEY) the private half is sealed with. */
  keyEncryptionKey: string;
  /** PENDING by default: a new key is published first and signs once activated. */
  status?: KeyStatus;
  now?: Date;
};

/** Generates an issuer key and returns the `SigningKey` row to store. */
export const newSealedSigningKey = async ({
  tenantId,
  kind,
  country,
  issuerName,
  csca,
  keyEncryptionKey,
  status = "PENDING",
  now = new Date(),
}: NewSealedSigningKeyOptions) =>
  sealedRow(await generateIssuerKey({ kind, country, issuerName, csca, now }), {
    tenantId,
    keyEncryptionKey,
    status,
    now,
    parentId: csca?.id,
  });

/** Options for {@link createTenantSigningKeys}. */
export type CreateTenantSigningKeysOptions = {
  tenantId: string;
  country: string;
  issuerName: string;
  keyEncryptionKey: string;
};

/**
 * Creates a new tenant's first keys, all active: Ed25519 for W3C credentials, P-256 for SMART
 * Health Cards, and an EU DCC CSCA with a Document Signer it certifies. Returns their kids.
 */
export const createTenantSigningKeys = async (
  tx: DatabaseTransaction,
  { tenantId, country, issuerName, keyEncryptionKey }: CreateTenantSigningKeysOptions,
): Promise<string[]> => {
  const now = new Date();
  const row = { tenantId, keyEncryptionKey, status: "ACTIVE" as const, now };
  const [vc, shc, csca] = await Promise.all(
    (["VC", "SHC", "CSCA"] as const).map((kind) => generateIssuerKey({ kind, country, issuerName, now })),
  );
  if (!vc || !shc || !csca) throw new Error("Every first key is generated");
  const cscaRow = await tx.signingKey.create({ data: sealedRow(csca, row), select: { id: true } });
  const dsc = await generateIssuerKey({
    kind: "EU_DCC",
    country,
    issuerName,
    now,
    csca: { certificatePem: csca.certificatePem as string, privateJwk: csca.privateJwk },
  });
  await tx.signingKey.createMany({
    data: [sealedRow(vc, row), sealedRow(shc, row), sealedRow(dsc, { ...row, parentId: cscaRow.id })],
  });
  return [vc.kid, shc.kid, csca.kid, dsc.kid];
};
