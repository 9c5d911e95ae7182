import { buildStatusListCredential } from "@vax/credentials/status";
import { prisma, type StatusPurpose } from "@vax/db";
import { AppError } from "../errors";
import { statusListUrl } from "./issuer-urls";
import { tenantIssuer } from "./tenant-issuer";

/** Options for {@link statusListCredential}. */
export type StatusListCredentialOptions = { slug: string; purpose: StatusPurpose; number: number };

// A list is re-signed only when its bits change: the signed copy is kept per list and version.
const signed = new Map<string, { version: number; credential: Record<string, unknown> }>();

/** Finds one of a tenant's status lists, with its bits. */
export const findStatusList = ({ slug, purpose, number }: StatusListCredentialOptions) =>
  prisma.statusList.findFirst({
    where: { tenant: { slug, active: true }, purpose, number },
    select: { id: true, tenantId: true, size: true, bits: true, updatedAt: true },
  });

/**
 * The signed BitstringStatusListCredential of one of a tenant's lists, as published at the URL
 * its certificates name. It has no validUntil: a verifier offline keeps using the copy it has.
 */
export const statusListCredential = async (options: StatusListCredentialOptions): Promise<Record<string, unknown>> => {
  const list = await findStatusList(options);
  if (!list)
    throw new AppError("NOT_FOUND", `No ${options.purpose.toLowerCase()} list ${options.number} for ${options.slug}`);
  const version = list.updatedAt.getTime();
  const known = signed.get(list.id);
  if (known && known.version === version) return known.credential;
  const issuer = await tenantIssuer(list.tenantId);
  const credential = await buildStatusListCredential({
    id: statusListUrl(options.slug, options.purpose, options.number),
    issuer: issuer.did,
    purpose: options.purpose === "REVOCATION" ? "revocation" : "suspension",
    list: { size: list.size, bytes: new Uint8Array(list.bits) },
    validFrom: list.updatedAt,
    created: list.updatedAt,
    signer: issuer.signer,
    documentLoader: issuer.documentLoader,
  });
  signed.set(list.id, { version, credential });
  return credential;
};
