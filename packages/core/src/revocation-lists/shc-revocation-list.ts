import type { ShcCrl } from "@vax/credentials/shc";
import { prisma } from "@vax/db";
import { AppError } from "../errors";
import { shcCrlVersions } from "./shc-crl-version";

/** Options for {@link shcRevocationList}: the issuer (a tenant, whose base URL is the cards' `iss`) and its key. */
export type ShcRevocationListOptions = { slug: string; kid: string };

// A card stops counting while its certificate is withdrawn: suspended too, since SMART Health Cards have no
// suspension of their own; reinstating takes the rid off the list again.
const WITHDRAWN = ["REVOKED", "SUPERSEDED", "SUSPENDED"] as const;

/**
 * The SMART Health Card revocation list of one of a tenant's SHC keys, as served at
 * `{iss}/.well-known/crl/{kid}.json`: the `rid` of every card that key signed for a withdrawn certificate. `ctr`
 * is the tenant's CRL version ({@link shcCrlVersions}), the `crlVersion` its key carries in the JWKS; it grows with
 * every change, as the spec asks.
 */
export const shcRevocationList = async ({ slug, kid }: ShcRevocationListOptions): Promise<ShcCrl> => {
  const key = await prisma.signingKey.findFirst({
    where: { kid, use: "SHC", status: { not: "REVOKED" }, tenant: { slug, active: true } },
    select: { id: true, tenantId: true },
  });
  if (!key) throw new AppError("NOT_FOUND", `No SMART Health Card key ${kid} for ${slug}`);
  const [cards, versions] = await Promise.all([
    prisma.otherFormatCertificate.findMany({
      where: { signingKeyId: key.id, format: "SHC", certificate: { status: { in: [...WITHDRAWN] } } },
      select: { revocationId: true },
      orderBy: { revocationId: "asc" },
    }),
    shcCrlVersions([key.tenantId]),
  ]);
  return {
    kid,
    method: "rid",
    ctr: versions.get(key.tenantId) ?? 1,
    rids: [...new Set(cards.map(({ revocationId }) => revocationId))],
  };
};
