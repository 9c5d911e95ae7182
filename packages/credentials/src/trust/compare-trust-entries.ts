import type { TrustedIssuer, TrustKey } from "../verify/types.ts";

/** What differs between a stored trust entry and the incoming one that matched it. */
export type TrustEntryChanges = {
  name?: { from: string; to: string };
  country?: { from?: string; to?: string };
  ids: { added: string[]; removed: string[] };
  keys: { added: TrustKey[]; removed: TrustKey[] };
  cscas: { added: string[]; removed: string[] };
  contexts: { added: string[]; removed: string[]; changed: string[] };
};

/** An incoming entry that matched a stored one and differs from it, with the differences in plain words. */
export type ChangedTrustEntry<E extends TrustedIssuer> = {
  existing: E;
  incoming: TrustedIssuer;
  changes: TrustEntryChanges;
  summary: string[];
};

/** Which incoming entries are new, which change a stored entry (and how), and which change nothing. */
export type TrustEntryComparison<E extends TrustedIssuer> = {
  added: TrustedIssuer[];
  changed: ChangedTrustEntry<E>[];
  unchanged: { existing: E; incoming: TrustedIssuer }[];
};

const base64Body = (text: string): string =>
  text
    .replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, "")
    .replace(/\s+/g, "")
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .replace(/=+$/, "");

const JWK_PUBLIC_MEMBERS = ["kty", "crv", "x", "y", "n", "e"] as const;

/** The same text for the same key, however it was written (PEM line breaks, base64url, JWK member order). */
const keyIdentity = (key: TrustKey): string => {
  // A certificate's kid is derived from it, so the certificate alone says which key it is.
  if ("certificate" in key) return `certificate ${base64Body(key.certificate)}`;
  if ("publicKeyPem" in key) return `pem ${key.kid ?? ""} ${base64Body(key.publicKeyPem)}`;
  if ("publicKeyMultibase" in key) return `multibase ${key.kid ?? ""} ${key.publicKeyMultibase}`;
  const jwk = key.publicKeyJwk as Record<string, unknown>;
  const members = JWK_PUBLIC_MEMBERS.map((member) => String(jwk[member] ?? ""));
  return `jwk ${key.kid ?? String(jwk.kid ?? "")} ${members.join(" ")}`;
};

const stableJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
};

const difference = <T>(from: readonly T[], to: readonly T[], identity: (item: T) => string) => {
  const before = new Set(from.map(identity));
  const after = new Set(to.map(identity));
  return {
    added: to.filter((item) => !before.has(identity(item))),
    removed: from.filter((item) => !after.has(identity(item))),
  };
};

const isDscGroup = (entry: TrustedIssuer): boolean =>
  entry.country !== undefined && entry.keys.length > 0 && entry.keys.every((key) => "certificate" in key);

// An entry is the same issuer when it shares an identifier; a DSC group is also its country's stored DSC group.
const matchOf = <E extends TrustedIssuer>(existing: readonly E[], incoming: TrustedIssuer): E | undefined =>
  existing.find((entry) => entry.ids.some((id) => incoming.ids.includes(id))) ??
  (isDscGroup(incoming)
    ? existing.find((entry) => isDscGroup(entry) && entry.country === incoming.country)
    : undefined);

const keyName = (key: TrustKey): string => (key.kid ? `"${key.kid}"` : "without kid");

const changesOf = (existing: TrustedIssuer, incoming: TrustedIssuer): TrustEntryChanges => {
  const oldContexts = existing.contexts ?? {};
  const newContexts = incoming.contexts ?? {};
  const contextUrls = difference(Object.keys(oldContexts), Object.keys(newContexts), String);
  return {
    ...(existing.name !== incoming.name ? { name: { from: existing.name, to: incoming.name } } : {}),
    ...(existing.country !== incoming.country ? { country: { from: existing.country, to: incoming.country } } : {}),
    ids: difference(existing.ids, incoming.ids, String),
    keys: difference(existing.keys, incoming.keys, keyIdentity),
    cscas: difference(existing.cscas ?? [], incoming.cscas ?? [], base64Body),
    contexts: {
      ...contextUrls,
      changed: Object.keys(newContexts).filter(
        (url) => url in oldContexts && stableJson(oldContexts[url]) !== stableJson(newContexts[url]),
      ),
    },
  };
};

const summarise = (changes: TrustEntryChanges): string[] => {
  const lines: string[] = [];
  const list = (items: string[]) => items.map((item) => `"${item}"`).join(", ");
  if (changes.name) lines.push(`Name "${changes.name.from}" becomes "${changes.name.to}".`);
  if (changes.country) {
    lines.push(`Country ${changes.country.from ?? "(none)"} becomes ${changes.country.to ?? "(none)"}.`);
  }
  if (changes.ids.added.length) lines.push(`Identifiers added: ${list(changes.ids.added)}.`);
  if (changes.ids.removed.length) lines.push(`Identifiers removed: ${list(changes.ids.removed)}.`);
  const { added, removed } = changes.keys;
  if (added.length) lines.push(`${added.length} key(s) added: ${added.map(keyName).join(", ")}.`);
  if (removed.length) lines.push(`${removed.length} key(s) removed: ${removed.map(keyName).join(", ")}.`);
  if (changes.cscas.added.length) lines.push(`${changes.cscas.added.length} CSCA(s) added.`);
  if (changes.cscas.removed.length) lines.push(`${changes.cscas.removed.length} CSCA(s) removed.`);
  if (changes.contexts.added.length) lines.push(`Contexts added: ${list(changes.contexts.added)}.`);
  if (changes.contexts.removed.length) lines.push(`Contexts removed: ${list(changes.contexts.removed)}.`);
  if (changes.contexts.changed.length) lines.push(`Contexts changed: ${list(changes.contexts.changed)}.`);
  return lines;
};

/**
 * Compares incoming trust entries with the stored ones: each incoming entry is added (it matches none), changed
 * (with what changed) or unchanged. An entry matches a stored one sharing one of its ids; a DSC group (country,
 * certificates only) also matches its country's stored DSC group. Pure: the caller stores what it decides.
 */
export const compareTrustEntries = <E extends TrustedIssuer>(
  existing: readonly E[],
  incoming: readonly TrustedIssuer[],
): TrustEntryComparison<E> => {
  const comparison: TrustEntryComparison<E> = { added: [], changed: [], unchanged: [] };
  for (const entry of incoming) {
    const match = matchOf(existing, entry);
    if (!match) {
      comparison.added.push(entry);
      continue;
    }
    const changes = changesOf(match, entry);
    const summary = summarise(changes);
    if (summary.length === 0) comparison.unchanged.push({ existing: match, incoming: entry });
    else comparison.changed.push({ existing: match, incoming: entry, changes, summary });
  }
  return comparison;
};
