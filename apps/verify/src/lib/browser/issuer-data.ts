import type { TrustList } from "@vax/credentials/verify";
import { ZCredentialDisplays } from "@vax/credentials/verify";
import { z } from "zod";
import { didWebBaseOnOrigin } from "./did-web";
import { fetchKeptJson, type KeptJson, keptUrls } from "./issuer-data-cache";
import { keepRevocationLists } from "./revocation-lists";
import { type KeptRules, RULES_PATH, refreshRules } from "./rules-data";

/** Where the verify app publishes the trust list (the trust-list JSON of docs/architecture.md). */
export const TRUST_LIST_PATH = "/api/v1/trust-list";
const PURPOSES = ["revocation", "suspension"] as const;
// Far more lists than a tenant fills (each holds 131,072 certificates); only a guard against a server that never 404s.
const MAX_LISTS_PER_PURPOSE = 256;

const ZTrustKey = z.union([
  z.object({ kid: z.string().optional(), publicKeyPem: z.string() }),
  z.object({ kid: z.string().optional(), publicKeyJwk: z.record(z.string(), z.unknown()) }),
  z.object({ kid: z.string().optional(), publicKeyMultibase: z.string() }),
  z.object({ kid: z.string().optional(), certificate: z.string() }),
]);
const ZRevokedKey = z.object({ kid: z.string(), reason: z.string(), revokedAt: z.string().optional() });
/** The trust list as the verify app publishes it (the trust-list JSON of docs/architecture.md). */
export const ZTrustList = z.object({
  issuers: z.array(
    z.object({
      name: z.string(),
      country: z.string().optional(),
      ids: z.array(z.string()),
      keys: z.array(ZTrustKey),
      revokedKeys: z.array(ZRevokedKey).optional(),
      deactivatedAt: z.string().optional(),
      cscas: z.array(z.string()).optional(),
      contexts: z.record(z.string(), z.unknown()).optional(),
      schemas: ZCredentialDisplays.optional(),
    }),
  ),
  issuedAt: z.string().optional(),
  validUntil: z.string().optional(),
});

/** What a check in this browser relies on, and how current each part is. */
export type IssuerData = {
  trust: TrustList;
  /** When the oldest document a check relies on was fetched from the server. */
  refreshedAt: Date;
  /** False when the network failed and kept copies answered. */
  fresh: boolean;
  /** When the kept trust list was fetched, and until when its publisher said to rely on it. */
  trustRefreshedAt: Date;
  trustValidUntil?: Date;
  /** When the oldest kept status or revocation list was fetched; undefined when none is kept. */
  statusRefreshedAt?: Date;
  /** How many status lists are kept for checks without a network. */
  statusListCount: number;
  /** How many EU DCC revocation lists and SMART Health Card CRLs are kept for checks without a network. */
  revocationListCount: number;
  /** The business rules kept, null when the server publishes none; `rulesError` when they could not be had. */
  rules: KeptRules | null;
  rulesError?: string;
};

/** The status list URLs of the platform's own tenants, numbered from 1, as credentials name them. */
export const tenantStatusListUrl = (tenantBase: string, purpose: (typeof PURPOSES)[number], number: number): string =>
  `${tenantBase}/status/${purpose}/${number}`;

/** The base URLs of the trusted issuers published by this verify app (their did:web is on its host). */
export const tenantBases = (trust: TrustList, origin: string): string[] => [
  ...new Set(trust.issuers.flatMap((issuer) => issuer.ids.flatMap((id) => didWebBaseOnOrigin(id, origin) ?? []))),
];

/** Where the platform publishes a status list's signed companion (why its bits are set). */
export const statusReasonsUrlOf = (listUrl: string): string => `${listUrl}/reasons`;

const fetchNumberedLists = async (base: string, purpose: (typeof PURPOSES)[number]): Promise<KeptJson[]> => {
  const kept: KeptJson[] = [];
  for (let number = 1; number <= MAX_LISTS_PER_PURPOSE; number++) {
    try {
      const url = tenantStatusListUrl(base, purpose, number);
      kept.push(await fetchKeptJson(url));
      // The companion is kept beside its list, so that offline a check can still say superseded or suspended until.
      await fetchKeptJson(statusReasonsUrlOf(url)).catch(() => undefined);
    } catch {
      // The first list not published ends the tenant's lists; any other failure leaves the rest for the next refresh.
      break;
    }
  }
  return kept;
};

const dateOf = (value: string | undefined): Date | undefined => {
  const date = value ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

const oldest = (documents: readonly KeptJson[]): Date | undefined =>
  documents.length ? new Date(Math.min(...documents.map((document) => document.fetchedAt.getTime()))) : undefined;

/**
 * Fetches the trust list, the rules, every status list of the platform's tenants and their EU DCC and SMART Health
 * Card revocation lists, keeping copies so that certificates can be checked with the network off; lists kept from
 * earlier checks (other issuers') are refreshed too. Offline, the kept copies answer. Throws when the trust list can
 * be had neither from the network nor from a kept copy; rules that cannot be had leave checks without rules.
 */
export const refreshIssuerData = async (origin: string): Promise<IssuerData> => {
  const trustListUrl = new URL(TRUST_LIST_PATH, origin).href;
  const trustDocument = await fetchKeptJson(trustListUrl);
  const trust = ZTrustList.parse(trustDocument.data) as TrustList;
  const bases = tenantBases(trust, origin);
  const [rules, numbered, revocation] = await Promise.all([
    refreshRules(origin).then(
      (kept) => ({ kept }),
      (error: unknown) => ({ kept: null, error: error instanceof Error ? error.message : String(error) }),
    ),
    Promise.all(bases.flatMap((base) => PURPOSES.map((p) => fetchNumberedLists(base, p)))).then((lists) =>
      lists.flat(),
    ),
    keepRevocationLists(origin, bases),
  ]);
  const revocationDocuments = [...revocation.lists, ...revocation.indexes];
  const fetched = new Set([
    trustListUrl,
    new URL(RULES_PATH, origin).href,
    ...numbered.flatMap((list) => [list.url, statusReasonsUrlOf(list.url)]),
    ...revocationDocuments.map((document) => document.url),
  ]);
  const others = (
    await Promise.all(
      (await keptUrls()).filter((url) => !fetched.has(url)).map((url) => fetchKeptJson(url).catch(() => undefined)),
    )
  ).filter((list) => list !== undefined);
  const statusDocuments = [...numbered, ...others, ...revocationDocuments];
  const documents = [trustDocument, ...statusDocuments];
  return {
    trust,
    refreshedAt: oldest(documents) ?? trustDocument.fetchedAt,
    fresh: documents.every((document) => document.fresh) && (rules.kept?.fresh ?? true),
    trustRefreshedAt: trustDocument.fetchedAt,
    trustValidUntil: dateOf(trust.validUntil),
    statusRefreshedAt: oldest(statusDocuments),
    statusListCount: numbered.length + others.length,
    revocationListCount: revocation.lists.length,
    rules: rules.kept,
    ...("error" in rules ? { rulesError: rules.error } : {}),
  };
};
