import type { TrustedIssuer, TrustList } from "@vax/credentials/verify";
import { z } from "zod";
import { ZTrustList } from "./issuer-data";

/** The localStorage key of the trust documents a checker added on this device. */
export const LOCAL_TRUST_KEY = "vax-verify:local-trust";
/**
 * The largest trust document file the page reads: a country's DSC list is a few hundred KB, and what is kept of it
 * must fit in localStorage (about 5 MB a site) beside the checker's settings.
 */
export const MAX_LOCAL_TRUST_FILE_BYTES = 2 * 1024 * 1024;
/** What a local issuer's name says, so that a result tells the checker its trust came from this device. */
export const LOCAL_ISSUER_SUFFIX = " (trust document on this device)";

const ZLocalTrustDocument = z.object({
  id: z.string().min(1),
  fileName: z.string(),
  format: z.enum(["trust-list", "dsc-list", "jwks"]),
  addedAt: z.string(),
  issuers: ZTrustList.shape.issuers,
});
/** A trust document a checker added on this device: what it was, when, and the issuers accepted from it. */
export type LocalTrustDocument = Omit<z.infer<typeof ZLocalTrustDocument>, "issuers"> & { issuers: TrustedIssuer[] };

/** The kept documents; anything unreadable counts as none, and a malformed document is left out. */
export const loadLocalTrust = (storage: Pick<Storage, "getItem"> | undefined): LocalTrustDocument[] => {
  try {
    const kept = JSON.parse(storage?.getItem(LOCAL_TRUST_KEY) ?? "[]") as unknown;
    if (!Array.isArray(kept)) return [];
    return kept.flatMap((document) => {
      const parsed = ZLocalTrustDocument.safeParse(document);
      return parsed.success ? [parsed.data as LocalTrustDocument] : [];
    });
  } catch {
    return [];
  }
};

/**
 * Keeps the documents for later visits and offline checks. Throws a plain message when the browser refuses (full,
 * private mode), so that the caller keeps what it had: a document not kept is not used either.
 */
export const saveLocalTrust = (
  storage: Pick<Storage, "setItem"> | undefined,
  documents: readonly LocalTrustDocument[],
): void => {
  if (!storage) throw new Error("This browser keeps no data for this page, so the trust document cannot be kept.");
  try {
    storage.setItem(LOCAL_TRUST_KEY, JSON.stringify(documents));
  } catch {
    throw new Error("This device has no room left to keep the trust document; remove another one first.");
  }
};

const kidsOf = (issuer: TrustedIssuer): string[] => [
  ...issuer.keys.flatMap((key) => (key.kid ? [key.kid] : [])),
  ...(issuer.revokedKeys ?? []).map((key) => key.kid),
];

/**
 * The platform's trust list with the local documents' issuers after its own. A local issuer never overrides or
 * removes a platform entry: an id or key id the platform lists (revoked keys and deactivated issuers too) is dropped
 * from the local issuer, so the platform entry keeps answering for it, and a local issuer left with no keys is left out. Local
 * issuers are named as coming from this device.
 */
export const mergeLocalTrust = (platform: TrustList, documents: readonly LocalTrustDocument[]): TrustList => {
  if (documents.length === 0) return platform;
  const platformIds = new Set(platform.issuers.flatMap((issuer) => issuer.ids));
  const platformKids = new Set(platform.issuers.flatMap(kidsOf));
  const local = documents.flatMap((document) =>
    document.issuers.flatMap((issuer): TrustedIssuer[] => {
      const keys = issuer.keys.filter((key) => !(key.kid && platformKids.has(key.kid)));
      if (keys.length === 0) return [];
      return [
        {
          ...issuer,
          name: `${issuer.name}${LOCAL_ISSUER_SUFFIX}`,
          ids: issuer.ids.filter((id) => !platformIds.has(id)),
          keys,
        },
      ];
    }),
  );
  return { ...platform, issuers: [...platform.issuers, ...local] };
};
