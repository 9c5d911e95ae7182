import type { TrustList } from "@vax/credentials/verify";
import { describe, expect, it } from "vitest";
import {
  LOCAL_ISSUER_SUFFIX,
  LOCAL_TRUST_KEY,
  type LocalTrustDocument,
  loadLocalTrust,
  mergeLocalTrust,
  saveLocalTrust,
} from "./local-trust";

const memoryStorage = () => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
};

const austria: LocalTrustDocument = {
  id: "doc-1",
  fileName: "at-dsc-list.json",
  format: "dsc-list",
  addedAt: "2026-12-06T20:00:00.000Z",
  issuers: [{ name: "Austria", country: "AT", ids: ["AT"], keys: [{ kid: "at-kid", certificate: "MIIB" }] }],
};

const platform: TrustList = {
  issuers: [
    {
      name: "Ministry of Health",
      country: "IN",
      ids: ["did:web:verify.example:tenant:in", "AT-shared"],
      keys: [{ kid: "in-kid", publicKeyMultibase: "z6Mk" }],
      revokedKeys: [{ kid: "revoked-kid", reason: "compromised" }],
    },
  ],
  validUntil: "2027-01-01T00:00:00.000Z",
};

describe("keeping local trust documents", () => {
  it("keeps documents across a reload", () => {
    const storage = memoryStorage();
    saveLocalTrust(storage, [austria]);
    expect(loadLocalTrust(storage)).toEqual([austria]);
  });

  it("reads nothing from an empty, unreadable or malformed store, and leaves out malformed documents", () => {
    const storage = memoryStorage();
    expect(loadLocalTrust(storage)).toEqual([]);
    expect(loadLocalTrust(undefined)).toEqual([]);
    storage.setItem(LOCAL_TRUST_KEY, "{not json");
    expect(loadLocalTrust(storage)).toEqual([]);
    storage.setItem(LOCAL_TRUST_KEY, JSON.stringify([austria, { id: "doc-2", issuers: "none" }]));
    expect(loadLocalTrust(storage)).toEqual([austria]);
  });

  it("says plainly when the browser refuses to keep a document", () => {
    const full = {
      setItem: () => {
        throw new DOMException("quota", "QuotaExceededError");
      },
    };
    expect(() => saveLocalTrust(full, [austria])).toThrow("no room left");
    expect(() => saveLocalTrust(undefined, [austria])).toThrow("keeps no data");
  });
});

describe("merging local issuers into the platform's trust list", () => {
  it("adds local issuers after the platform's, named as coming from this device", () => {
    const merged = mergeLocalTrust(platform, [austria]);
    expect(merged.validUntil).toBe(platform.validUntil);
    expect(merged.issuers[0]).toBe(platform.issuers[0]);
    expect(merged.issuers[1]).toEqual({ ...austria.issuers[0], name: `Austria${LOCAL_ISSUER_SUFFIX}` });
  });

  it("answers the platform's list itself when nothing is kept locally", () => {
    expect(mergeLocalTrust(platform, [])).toBe(platform);
  });

  it("never lets a local issuer answer for a platform id or key, revoked keys included", () => {
    const rival: LocalTrustDocument = {
      ...austria,
      format: "trust-list",
      issuers: [
        {
          name: "Impostor",
          ids: ["did:web:verify.example:tenant:in", "AT-local"],
          keys: [
            { kid: "in-kid", publicKeyMultibase: "z6Mk-other" },
            { kid: "revoked-kid", publicKeyMultibase: "z6Mk-revoked" },
            { kid: "own-kid", publicKeyMultibase: "z6Mk-own" },
          ],
        },
        { name: "Only a platform key", ids: ["elsewhere"], keys: [{ kid: "in-kid", publicKeyMultibase: "z6Mk" }] },
      ],
    };
    const merged = mergeLocalTrust(platform, [rival]);
    expect(merged.issuers).toHaveLength(2);
    expect(merged.issuers[0]).toEqual(platform.issuers[0]);
    expect(merged.issuers[1]).toEqual({
      name: `Impostor${LOCAL_ISSUER_SUFFIX}`,
      ids: ["AT-local"],
      keys: [{ kid: "own-kid", publicKeyMultibase: "z6Mk-own" }],
    });
  });
});
