import { DCC_REVOCATION_HASH_TYPES, type DccRevocationHashType, type DccRevocationList } from "@vax/credentials/eu-dcc";
import { prisma } from "@vax/db";
import { platformDscList } from "../issuer/dsc-list";
import { STATUS_DOCUMENT_VALIDITY_MS } from "../issuer/published-document";
import { dccRevocationEntryOf } from "./dcc-revocation-entries";

const WITHDRAWN = ["REVOKED", "SUPERSEDED", "SUSPENDED"] as const;

/**
 * The EU DCC revocation lists of every published Document Signer Certificate, one per kid, in the hash-based
 * form of the EU DCC revocation specification: for each DCC issued for a withdrawn certificate (revoked,
 * superseded or suspended), its UCI, COUNTRYCODEUCI and SIGNATURE hashes, taken from the DCC as issued. A kid
 * with nothing revoked has an empty list, so a verifier can tell "not revoked" from "no list". `expires` is how
 * long a verifier may rely on the copy, as for the status lists.
 */
export const dccRevocationLists = async ({ now = new Date() }: { now?: Date } = {}): Promise<DccRevocationList[]> => {
  const [dscs, withdrawn, changed] = await Promise.all([
    platformDscList(),
    prisma.otherFormatCertificate.findMany({
      where: { format: "EU_DCC", tenant: { active: true }, certificate: { status: { in: [...WITHDRAWN] } } },
      select: { id: true, qr: true },
    }),
    prisma.statusList.aggregate({ _max: { updatedAt: true } }),
  ]);
  const lists = new Map<string, Record<DccRevocationHashType, Set<string>>>(
    dscs.map(({ kid }) => [kid, { SIGNATURE: new Set(), UCI: new Set(), COUNTRYCODEUCI: new Set() }]),
  );
  for (const issued of withdrawn) {
    const entry = await dccRevocationEntryOf(issued);
    const hashes = lists.get(entry.kid);
    if (!hashes) continue;
    for (const type of DCC_REVOCATION_HASH_TYPES) hashes[type].add(entry.hashes[type]);
  }
  const lastUpdated = (changed._max.updatedAt ?? now).toISOString();
  const expires = new Date(now.getTime() + STATUS_DOCUMENT_VALIDITY_MS).toISOString();
  return [...lists].map(([kid, hashes]) => ({
    kid,
    hashTypes: [...DCC_REVOCATION_HASH_TYPES],
    hashes: {
      SIGNATURE: [...hashes.SIGNATURE].sort(),
      UCI: [...hashes.UCI].sort(),
      COUNTRYCODEUCI: [...hashes.COUNTRYCODEUCI].sort(),
    },
    lastUpdated,
    expires,
  }));
};
