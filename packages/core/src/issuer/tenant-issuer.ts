import { requireKeyEncryptionKey } from "@vax/config/env";
import { openPrivateKey } from "@vax/credentials/keys";
import type { TSealedSigningKey } from "@vax/credentials/signing-pool";
import {
  createDocumentLoader,
  createW3cSignerFromJwk,
  type DocumentLoader,
  issuerDocuments,
  type W3cSigner,
} from "@vax/credentials/w3c";
import { prisma } from "@vax/db";
import { AppError } from "../errors";
import { publicBaseUrl, tenantDid } from "./issuer-urls";

/** What signs a tenant's credentials: its DID, its active Ed25519 key and a loader that knows both. */
export type TTenantIssuer = {
  tenantId: string;
  slug: string;
  name: string;
  did: string;
  signingKeyId: string;
  signer: W3cSigner;
  documentLoader: DocumentLoader;
  /** The same key as stored, for the signing pool's workers to open themselves. */
  sealedKey: TSealedSigningKey;
};

// Opening a sealed key and warming a loader cost milliseconds; a signing key never changes, so each is done once.
const issuers = new Map<string, TTenantIssuer>();

/** The tenant's issuer, signing with its newest active Ed25519 VC key. */
export const tenantIssuer = async (tenantId: string): Promise<TTenantIssuer> => {
  const key = await prisma.signingKey.findFirst({
    where: { tenantId, use: "VC", algorithm: "ED25519", status: "ACTIVE" },
    orderBy: { createdAt: "desc" },
    select: { id: true, kid: true, tenant: { select: { slug: true, name: true } } },
  });
  if (!key) {
    throw new AppError(
      "UNPROCESSABLE",
      "This tenant has no active Ed25519 signing key, so no certificate can be signed; a tenant admin must create one",
    );
  }
  const known = issuers.get(key.id);
  if (known) return known;
  const sealed = await prisma.signingKey.findUniqueOrThrow({
    where: { id: key.id },
    select: { encryptedPrivateKey: true },
  });
  const did = tenantDid(key.tenant.slug);
  const methodId = `${did}#${key.kid}`;
  const method = {
    "@context": "https://w3id.org/security/multikey/v1",
    id: methodId,
    type: "Multikey",
    controller: did,
    publicKeyMultibase: key.kid,
  };
  const issuer: TTenantIssuer = {
    tenantId,
    slug: key.tenant.slug,
    name: key.tenant.name,
    did,
    signingKeyId: key.id,
    signer: createW3cSignerFromJwk({
      id: methodId,
      privateJwk: openPrivateKey(sealed.encryptedPrivateKey, requireKeyEncryptionKey()),
    }),
    documentLoader: createDocumentLoader({ publicUrl: publicBaseUrl(), documents: issuerDocuments(did, method) }),
    sealedKey: {
      id: key.id,
      did,
      kid: key.kid,
      sealedPrivateKey: sealed.encryptedPrivateKey,
      publicUrl: publicBaseUrl(),
    },
  };
  issuers.set(key.id, issuer);
  return issuer;
};
