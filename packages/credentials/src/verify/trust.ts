import type { DivocPublicKey } from "../divoc/keys.ts";
import { createDccTrustStore, type DccTrustStore } from "../eu-dcc/trust-store.ts";
import type { ShcJwk, ShcJwks } from "../shc/verify-shc.ts";
import type { Issuer, TrustedIssuer, TrustKey, TrustList } from "./types.ts";

const issuersOf = (trust: TrustList): TrustedIssuer[] =>
  Array.isArray(trust?.issuers) ? trust.issuers.filter((issuer) => issuer && Array.isArray(issuer.ids)) : [];
const keysOf = (issuer: TrustedIssuer): TrustKey[] =>
  Array.isArray(issuer.keys) ? issuer.keys.filter((key) => key && typeof key === "object") : [];

/** The trusted issuer that lists this identifier, if any. */
export const findIssuer = (trust: TrustList, id: string | undefined): TrustedIssuer | undefined =>
  id === undefined ? undefined : issuersOf(trust).find((issuer) => issuer.ids.includes(id));

/** The result's issuer: the identifier the certificate names, with the trust list's name when it is listed. */
export const describeIssuer = (id: string | undefined, trusted?: TrustedIssuer): Issuer | null => {
  if (!id && !trusted) return null;
  return {
    id: id ?? trusted?.ids[0] ?? "",
    ...(trusted ? { name: trusted.name } : {}),
    ...(trusted?.country ? { country: trusted.country } : {}),
  };
};

/** The trusted issuer a DIVOC certificate's keys come from, and whether it was found by name or, failing that, key. */
export type DivocIssuerMatch = { entry: TrustedIssuer; by: "issuer" | "verification method" };

/**
 * The trust entry of a DIVOC certificate: the one that lists its `issuer`. Deployments outside India kept
 * `did:india` as their verification method, so that string alone never says whose key it is. Trust lists written
 * before entries named DIVOC issuers hold entries whose only id is the verification method (`ids: ["did:india"]`);
 * such an entry is still found by it when no entry lists the issuer and it is the only such entry. An entry that
 * names anything else (its issuer) answers for that issuer only, so a second deployment's certificate is never
 * checked against it.
 */
export const findDivocIssuer = (
  trust: TrustList,
  issuerId: string | undefined,
  method: string | undefined,
): DivocIssuerMatch | undefined => {
  const named = findIssuer(trust, issuerId);
  if (named) return { entry: named, by: "issuer" };
  const legacy = issuersOf(trust).filter((issuer) => issuer.ids.length > 0 && issuer.ids.every((id) => id === method));
  return legacy.length === 1 && legacy[0] ? { entry: legacy[0], by: "verification method" } : undefined;
};

/**
 * The keys of one entry that a DIVOC proof's verification method chooses: the key whose kid it is, or else every
 * key when it is one of the entry's ids (e.g. `did:india`); each under the method's name, as the DIVOC module looks
 * them up. Keys of other entries are never offered.
 */
export const divocKeysOf = (entry: TrustedIssuer, method: string): DivocPublicKey[] => {
  const keys = keysOf(entry).flatMap((key) => ("certificate" in key ? [] : [key]));
  const byKid = keys.filter((key) => key.kid === method);
  const chosen = byKid.length > 0 ? byKid : entry.ids.includes(method) ? keys : [];
  return chosen.map(({ kid: _kid, ...material }) => ({ id: method, ...material }) as DivocPublicKey);
};

/** SHC JWKS by `iss` URL: an issuer's JWK keys under each of its ids. */
export const shcIssuers = (trust: TrustList): Record<string, ShcJwks> => {
  const issuers: Record<string, ShcJwks> = {};
  for (const issuer of issuersOf(trust)) {
    const keys = keysOf(issuer).flatMap((key): ShcJwk[] =>
      "publicKeyJwk" in key && key.publicKeyJwk ? [{ ...key.publicKeyJwk, kid: key.publicKeyJwk.kid ?? key.kid }] : [],
    );
    if (keys.length === 0) continue;
    for (const id of issuer.ids) issuers[id] = { keys: [...(issuers[id]?.keys ?? []), ...keys] };
  }
  return issuers;
};

/** A DCC trust store over every `{certificate}` key, and which trusted issuer each DSC kid belongs to. */
export const dccTrust = async (
  trust: TrustList,
): Promise<{ store: DccTrustStore; byKid: Map<string, TrustedIssuer> }> => {
  const store: DccTrustStore = { byKid: new Map(), unreadable: [] };
  const byKid = new Map<string, TrustedIssuer>();
  for (const issuer of issuersOf(trust)) {
    const certificates = keysOf(issuer).flatMap((key) => ("certificate" in key ? [key.certificate] : []));
    if (certificates.length === 0) continue;
    const own = await createDccTrustStore(certificates);
    for (const [kid, entries] of own.byKid) {
      store.byKid.set(kid, [...(store.byKid.get(kid) ?? []), ...entries]);
      if (!byKid.has(kid)) byKid.set(kid, issuer);
    }
    store.unreadable.push(...own.unreadable.map((reason) => `${issuer.name}: ${reason}`));
  }
  return { store, byKid };
};

const DID_V1 = "https://www.w3.org/ns/did/v1";
const MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";

/**
 * DID documents for the trust list's non-did:key DIDs (did:web), built from their Ed25519 multibase keys,
 * so that the W3C loader resolves a did:web to the trusted keys only and never fetches it.
 */
export const w3cDocuments = (trust: TrustList): Record<string, Record<string, unknown>> => {
  const documents: Record<string, Record<string, unknown>> = {};
  for (const issuer of issuersOf(trust)) {
    const keys = keysOf(issuer).flatMap((key) => ("publicKeyMultibase" in key ? [key] : []));
    for (const did of issuer.ids.filter((id) => id.startsWith("did:") && !id.startsWith("did:key:"))) {
      const methods = keys.map((key, index) => {
        const kid = key.kid ?? `key-${index + 1}`;
        const id = kid.startsWith("did:") ? kid : `${did}#${kid.replace(/^#/, "")}`;
        return { id, type: "Multikey", controller: did, publicKeyMultibase: key.publicKeyMultibase };
      });
      if (methods.length === 0) continue;
      for (const method of methods) documents[method.id] = { "@context": MULTIKEY_V1, ...method };
      documents[did] = {
        "@context": [DID_V1, MULTIKEY_V1],
        id: did,
        verificationMethod: methods,
        assertionMethod: methods.map((method) => method.id),
      };
    }
  }
  return documents;
};
