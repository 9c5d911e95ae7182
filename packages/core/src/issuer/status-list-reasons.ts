import { buildStatusReasonsCredential, type StatusReasons } from "@vax/credentials/status";
import { prisma, type StatusPurpose } from "@vax/db";
import { AppError } from "../errors";
import { statusListUrl } from "./issuer-urls";
import { contentDigest, publishSigned, type TPublishedDocument } from "./published-document";
import { findStatusList, type StatusListCredentialOptions } from "./status-list-credential";
import { tenantIssuer } from "./tenant-issuer";

/**
 * Reads why the set bits of one list are set: the superseded certificates of a revocation list, the end of each
 * suspension that has one on a suspension list.
 */
export const loadStatusReasons = async (list: {
  tenantId: string;
  purpose: StatusPurpose;
  number: number;
}): Promise<StatusReasons> => {
  if (list.purpose === "REVOCATION") {
    const superseded = await prisma.certificate.findMany({
      where: { tenantId: list.tenantId, statusListNumber: list.number, status: "SUPERSEDED" },
      select: { statusListIndex: true },
    });
    return { superseded: superseded.flatMap(({ statusListIndex }) => statusListIndex ?? []).sort((a, b) => a - b) };
  }
  const suspended = await prisma.certificate.findMany({
    where: {
      tenantId: list.tenantId,
      statusListNumber: list.number,
      status: "SUSPENDED",
      suspendedUntil: { not: null },
    },
    select: { statusListIndex: true, suspendedUntil: true },
  });
  return {
    suspendedUntil: suspended
      .flatMap(({ statusListIndex, suspendedUntil }) =>
        statusListIndex === null || suspendedUntil === null ? [] : [{ index: statusListIndex, until: suspendedUntil }],
      )
      .sort((a, b) => a.index - b.index),
  };
};

const reasonsContent = (reasons: StatusReasons): string =>
  JSON.stringify([
    reasons.superseded ?? [],
    (reasons.suspendedUntil ?? []).map(({ index, until }) => [index, new Date(until).toISOString()]),
  ]);

/**
 * The signed companion of one of a tenant's status lists (at `<list URL>/reasons`): which revocations are
 * supersessions and until when suspensions last, so that a verifier offline can say "superseded" or "suspended
 * until" rather than only "revoked" or "suspended". Published on the same terms as the list.
 */
export const statusListReasons = async (options: StatusListCredentialOptions): Promise<TPublishedDocument> => {
  const list = await findStatusList(options);
  if (!list) {
    throw new AppError("NOT_FOUND", `No ${options.purpose.toLowerCase()} list ${options.number} for ${options.slug}`);
  }
  const [issuer, reasons] = await Promise.all([
    tenantIssuer(list.tenantId),
    loadStatusReasons({ tenantId: list.tenantId, purpose: options.purpose, number: options.number }),
  ]);
  const listUrl = statusListUrl(options.slug, options.purpose, options.number);
  return publishSigned(
    `reasons:${list.id}`,
    contentDigest(issuer.signingKeyId, reasonsContent(reasons)),
    options.now ?? new Date(),
    ({ validFrom, validUntil, signedAt }) =>
      buildStatusReasonsCredential({
        listUrl,
        issuer: issuer.did,
        purpose: options.purpose === "REVOCATION" ? "revocation" : "suspension",
        size: list.size,
        reasons,
        validFrom,
        validUntil,
        created: signedAt,
        signer: issuer.signer,
        documentLoader: issuer.documentLoader,
      }),
  );
};
