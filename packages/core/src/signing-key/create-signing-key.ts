import { requireKeyEncryptionKey } from "@vax/config/env";
import { openPrivateKey } from "@vax/credentials/keys";
import { newSealedSigningKey, prisma } from "@vax/db";
import { AppError } from "../errors";
import type { TSigningKeyCreate } from "../schemas/signing-key";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { keyTenant } from "./key-tenant";
import { signingKeySelect, signingKeyView, type TSigningKeyView } from "./signing-key-view";

/** Options for {@link createSigningKey}. */
export type CreateSigningKeyOptions = { actor: TActor; input: TSigningKeyCreate };

/**
 * Generates a key for a tenant. It starts PENDING: published at once in the DID document, JWKS
 * or DSC list, so that verifiers' caches hold it before it signs; activating it makes it sign. A
 * Document Signer is certified by the tenant's active CSCA.
 */
export const createSigningKey = async ({ actor, input }: CreateSigningKeyOptions): Promise<TSigningKeyView> => {
  const keyEncryptionKey = requireKeyEncryptionKey();
  const tenant = await keyTenant(prisma, actor, input.tenantId, { write: true });
  let csca: { id: string; certificatePem: string; privateJwk: JsonWebKey } | undefined;
  if (input.kind === "EU_DCC") {
    const active = await prisma.signingKey.findFirst({
      where: { tenantId: tenant.id, use: "CSCA", status: "ACTIVE" },
      orderBy: { createdAt: "desc" },
      select: { id: true, certificatePem: true, encryptedPrivateKey: true },
    });
    if (!active?.certificatePem) {
      throw new AppError(
        "UNPROCESSABLE",
        "A document signer is certified by the tenant's active CSCA, and there is none: generate and activate a CSCA first",
        [{ path: "kind", message: "No active CSCA" }],
      );
    }
    const privateJwk = openPrivateKey(active.encryptedPrivateKey, keyEncryptionKey);
    csca = { id: active.id, certificatePem: active.certificatePem, privateJwk };
  }
  const row = await newSealedSigningKey({
    tenantId: tenant.id,
    kind: input.kind,
    country: tenant.country,
    issuerName: tenant.name,
    csca,
    keyEncryptionKey,
  });
  return prisma.$transaction(async (tx) => {
    const key = await tx.signingKey.create({ data: row, select: signingKeySelect });
    const view = signingKeyView(key);
    await recordAudit(tx, actor, {
      action: "signing-key.created",
      entityType: "SigningKey",
      entityId: key.id,
      after: { tenantId: tenant.id, kid: view.kid, kind: view.kind, status: view.status },
    });
    return view;
  });
};
