import { buildStatusListCredential } from "@vax/credentials/status";
import { prisma, type StatusPurpose } from "@vax/db";
import { AppError } from "../errors";
import { statusListUrl } from "./issuer-urls";
import { contentDigest, publishSigned, type TPublishedDocument } from "./published-document";
import { tenantIssuer } from "./tenant-issuer";

/** Options for {@link statusListCredential}: which list, and the time it is served at (default now). */
export type StatusListCredentialOptions = { slug: string; purpose: StatusPurpose; number: number; now?: Date };

/** Finds one of a tenant's status lists, with its bits. */
export const findStatusList = ({ slug, purpose, number }: Omit<StatusListCredentialOptions, "now">) =>
  prisma.statusList.findFirst({
    where: { tenant: { slug, active: true }, purpose, number },
    select: { id: true, tenantId: true, size: true, bits: true, updatedAt: true },
  });

/**
 * The signed BitstringStatusListCredential of one of a tenant's lists, as published at the URL its certificates
 * name. It is read from the database on every request, so a changed bit is served at once; it is re-signed when
 * its bits or the tenant's signing key change, and hourly, so that its validUntil (a day after signing) always
 * leaves an offline verifier most of a day.
 */
export const statusListCredential = async (options: StatusListCredentialOptions): Promise<TPublishedDocument> => {
  const list = await findStatusList(options);
  if (!list) {
    throw new AppError("NOT_FOUND", `No ${options.purpose.toLowerCase()} list ${options.number} for ${options.slug}`);
  }
  const issuer = await tenantIssuer(list.tenantId);
  const bytes = new Uint8Array(list.bits);
  return publishSigned(
    `list:${list.id}`,
    contentDigest(issuer.signingKeyId, bytes),
    options.now ?? new Date(),
    ({ validFrom, validUntil, signedAt }) =>
      buildStatusListCredential({
        id: statusListUrl(options.slug, options.purpose, options.number),
        issuer: issuer.did,
        purpose: options.purpose === "REVOCATION" ? "revocation" : "suspension",
        list: { size: list.size, bytes },
        validFrom,
        validUntil,
        created: signedAt,
        signer: issuer.signer,
        documentLoader: issuer.documentLoader,
      }),
  );
};
