import { requireKeyEncryptionKey } from "@vax/config/env";
import { type DccSigner, importDccSigner } from "@vax/credentials/eu-dcc";
import { openPrivateKey } from "@vax/credentials/keys";
import { importShcSigningKey, type ShcSigningKey } from "@vax/credentials/shc";
import { prisma } from "@vax/db";
import { AppError } from "../errors";

/** A tenant's active key for one of the other formats, opened: its row id and what signs. */
export type TFormatSigningKey<TSigner> = { id: string; signer: TSigner };

// A stored key never changes, so each is opened and imported once per process.
const dccSigners = new Map<string, Promise<DccSigner>>();
const shcSigners = new Map<string, Promise<ShcSigningKey>>();

const activeKey = async (tenantId: string, use: "EU_DCC" | "SHC", what: string) => {
  const key = await prisma.signingKey.findFirst({
    where: { tenantId, use, status: "ACTIVE" },
    orderBy: { createdAt: "desc" },
    select: { id: true, encryptedPrivateKey: true, certificatePem: true },
  });
  if (!key || (use === "EU_DCC" && !key.certificatePem)) {
    throw new AppError(
      "UNPROCESSABLE",
      `This certificate's issuer has no active ${what} key, so no ${what} can be issued; a tenant admin must activate one`,
    );
  }
  return key;
};

const once = <T>(cache: Map<string, Promise<T>>, id: string, open: () => Promise<T>): Promise<T> => {
  const known = cache.get(id);
  if (known) return known;
  const opened = open();
  cache.set(id, opened);
  opened.catch(() => cache.delete(id));
  return opened;
};

/** The tenant's newest active EU DCC Document Signer, ready to sign. */
export const activeDccSigner = async (tenantId: string): Promise<TFormatSigningKey<DccSigner>> => {
  const key = await activeKey(tenantId, "EU_DCC", "EU DCC document signer");
  const signer = await once(dccSigners, key.id, () =>
    importDccSigner({
      privateJwk: openPrivateKey(key.encryptedPrivateKey, requireKeyEncryptionKey()),
      certificate: key.certificatePem as string,
    }),
  );
  return { id: key.id, signer };
};

/** The tenant's newest active SMART Health Card key, ready to sign. */
export const activeShcSigner = async (tenantId: string): Promise<TFormatSigningKey<ShcSigningKey>> => {
  const key = await activeKey(tenantId, "SHC", "SMART Health Card");
  const signer = await once(shcSigners, key.id, () =>
    importShcSigningKey(openPrivateKey(key.encryptedPrivateKey, requireKeyEncryptionKey())),
  );
  return { id: key.id, signer };
};
