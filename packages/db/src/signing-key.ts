import { generateSigningKey, sealPrivateKey } from "@vax/credentials/keys";
import type { KeyAlgorithm, KeyUse, Prisma } from "./generated/prisma/client";

/** Options for {@link newSealedSigningKey}. */
export type NewSealedSigningKeyOptions = {
  tenantId: string;
  algorithm: KeyAlgorithm;
  use: KeyUse;
  /** The key encryption key (VAX_KEY_ENCRYPTION_KEY) the private half is sealed with. */
  keyEncryptionKey: string;
};

/** Generates a signing key and returns the `SigningKey` row to store: public JWK in clear, private key sealed. */
export const newSealedSigningKey = async ({
  tenantId,
  algorithm,
  use,
  keyEncryptionKey,
}: NewSealedSigningKeyOptions) => {
  const key = await generateSigningKey({ algorithm });
  return {
    tenantId,
    kid: key.kid,
    algorithm,
    use,
    // A JWK is plain JSON; its DOM type just lacks the index signature Prisma asks for.
    publicKeyJwk: JSON.parse(JSON.stringify(key.publicJwk)) as Prisma.InputJsonObject,
    encryptedPrivateKey: sealPrivateKey(key.privateJwk, keyEncryptionKey),
  };
};
