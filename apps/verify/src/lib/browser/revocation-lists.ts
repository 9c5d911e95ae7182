import { createRevocationListLookup, type StatusLookup } from "@vax/credentials/verify";
import { z } from "zod";
import { fetchKeptJson, type KeptJson, NotPublishedError } from "./issuer-data-cache";

/** Where the verify app lists the EU DCC revocation lists it publishes, one per Document Signer Certificate. */
export const DCC_REVOCATION_LISTS_PATH = "/api/v1/dcc-revocation/lists";
// Far more signing keys than a platform publishes; only a guard against a server gone wrong.
const MAX_KEYS = 256;

const ZDccListOverview = z.array(z.object({ kid: z.string().min(1).max(64) })).max(MAX_KEYS);
const ZShcJwks = z.object({
  keys: z
    .array(z.object({ kid: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/), crlVersion: z.number().int().optional() }))
    .max(MAX_KEYS),
});

/** The URL of the overview of the DCC revocation lists published on an origin. */
export const dccRevocationOverviewUrl = (origin: string): string => new URL(DCC_REVOCATION_LISTS_PATH, origin).href;

/** The URL of one DSC's DCC revocation list (its hashes); the kid, base64, goes in the path as base64url. */
export const dccRevocationListUrl = (origin: string, kid: string): string =>
  new URL(`${DCC_REVOCATION_LISTS_PATH}/${kid.replace(/\+/g, "-").replace(/\//g, "_")}/hashes`, origin).href;

/** Where a SMART Health Card issuer publishes its keys, as the spec has verifiers look: under its `iss`. */
export const shcJwksUrl = (iss: string): string => `${iss}/.well-known/jwks.json`;

/** Where a SMART Health Card issuer publishes the CRL of one of its keys. */
export const shcCrlUrl = (iss: string, kid: string): string => `${iss}/.well-known/crl/${kid}.json`;

/** The revocation documents a refresh kept: the lists themselves, and what said where they are. */
export type KeptRevocationLists = { lists: KeptJson[]; indexes: KeptJson[] };

const keep = (url: string): Promise<KeptJson | undefined> => fetchKeptJson(url).catch(() => undefined);

const keepDccLists = async (origin: string): Promise<KeptRevocationLists> => {
  const overview = await keep(dccRevocationOverviewUrl(origin));
  const parsed = ZDccListOverview.safeParse(overview?.data);
  if (!overview || !parsed.success) return { lists: [], indexes: overview ? [overview] : [] };
  const lists = await Promise.all(parsed.data.map(({ kid }) => keep(dccRevocationListUrl(origin, kid))));
  return { lists: lists.filter((list) => list !== undefined), indexes: [overview] };
};

// The spec's way: a key that has a CRL says so with crlVersion in the issuer's JWKS.
const keepShcCrls = async (iss: string): Promise<KeptRevocationLists> => {
  const jwks = await keep(shcJwksUrl(iss));
  const parsed = ZShcJwks.safeParse(jwks?.data);
  if (!jwks || !parsed.success) return { lists: [], indexes: jwks ? [jwks] : [] };
  const withCrl = parsed.data.keys.filter((key) => key.crlVersion !== undefined);
  const lists = await Promise.all(withCrl.map(({ kid }) => keep(shcCrlUrl(iss, kid))));
  return { lists: lists.filter((list) => list !== undefined), indexes: [jwks] };
};

/**
 * Fetches and keeps, for checks with the network off, the EU DCC revocation lists this verify app publishes and
 * the SMART Health Card CRLs of the platform's tenants (`issuers`, their `iss`, which is their base URL). A list
 * that cannot be fetched is left for the next refresh; offline, the kept copies answer.
 */
export const keepRevocationLists = async (origin: string, issuers: readonly string[]): Promise<KeptRevocationLists> => {
  const parts = await Promise.all([keepDccLists(origin), ...issuers.map(keepShcCrls)]);
  return { lists: parts.flatMap((part) => part.lists), indexes: parts.flatMap((part) => part.indexes) };
};

/** Options of {@link createKeptRevocationLookup}. */
export type KeptRevocationLookupOptions = {
  /** The verify app's origin, whose DCC revocation lists are read. */
  origin: string;
  /** The `iss` of the platform's tenants, whose CRLs are read; a card of any other issuer is not covered. */
  issuers: readonly string[];
  /** Reads a JSON document (network-first, the kept copy offline); throws NotPublishedError for a 404. */
  read: (url: string) => Promise<unknown>;
};

const notPublishedAsUndefined = (error: unknown) => {
  if (error instanceof NotPublishedError) return undefined;
  throw error;
};

/**
 * The revocation lookup of an EU DCC or SMART Health Card checked in this browser, over the lists the platform
 * publishes, as the server's check reads them: a DCC whose signer the overview does not list, or a card of an
 * issuer that is not one of the platform's tenants, is not covered; a list that can be had neither from the
 * network nor from a kept copy fails the check as not checked.
 */
export const createKeptRevocationLookup = ({ origin, issuers, read }: KeptRevocationLookupOptions): StatusLookup =>
  createRevocationListLookup({
    fetchDccList: async (kid) => {
      const overview = ZDccListOverview.safeParse(await read(dccRevocationOverviewUrl(origin)));
      if (!overview.success) throw new Error("the list of DCC revocation lists cannot be read");
      if (!overview.data.some((list) => list.kid === kid)) return undefined;
      return read(dccRevocationListUrl(origin, kid)).catch(notPublishedAsUndefined);
    },
    fetchShcCrl: async (iss, kid) => {
      if (!issuers.includes(iss) || !/^[A-Za-z0-9_-]{16,64}$/.test(kid)) return undefined;
      return read(shcCrlUrl(iss, kid)).catch(notPublishedAsUndefined);
    },
  });
