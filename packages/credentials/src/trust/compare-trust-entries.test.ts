import { describe, expect, it } from "vitest";
import type { TrustedIssuer } from "../verify/types.ts";
import { compareTrustEntries } from "./compare-trust-entries.ts";

const jwk = { kty: "EC", crv: "P-256", x: "x-value", y: "y-value" };
const certificateDer =
  "MIIBvTCCAWOgAwIBAgIKAXk8i88OleLsuTAKBggqhkjOPQQDAjA2MRYwFAYDVQQDDA1BVCBER0MgQ1NDQSAxMQswCQYDVQQGEwJBVDEPMA0GA1UECgwGQk1TR1BL";
const certificatePem = `-----BEGIN CERTIFICATE-----\n${certificateDer.match(/.{1,64}/g)?.join("\n")}\n-----END CERTIFICATE-----\n`;

const stored: (TrustedIssuer & { rowId: string })[] = [
  {
    rowId: "row-1",
    name: "Ruritania",
    country: "RR",
    ids: ["did:web:health.rr"],
    keys: [{ kid: "a", publicKeyJwk: jwk }, { publicKeyMultibase: "z6Mkold" }],
  },
  { rowId: "row-2", name: "Germany", country: "DE", ids: ["DE"], keys: [{ kid: "k1", certificate: certificateDer }] },
  { rowId: "row-3", name: "Hand-made", country: "FR", ids: ["did:web:fr"], keys: [{ publicKeyMultibase: "z6Mkfr" }] },
];

describe("compareTrustEntries", () => {
  it("says which entries are added, changed (and how) or unchanged", () => {
    const incoming: TrustedIssuer[] = [
      {
        name: "Ruritania Ministry of Health",
        country: "RR",
        ids: ["did:web:health.rr", "https://health.rr/"],
        // The same JWK with its members in another order is the same key.
        keys: [
          { kid: "a", publicKeyJwk: { y: "y-value", x: "x-value", crv: "P-256", kty: "EC" } },
          { publicKeyMultibase: "z6Mknew" },
        ],
        contexts: { "https://health.rr/v1": { "@context": {} } },
      },
      // The same certificate as PEM, matched to the stored DSC group by country although its ids differ.
      { name: "Germany", country: "DE", ids: ["dcc:DE"], keys: [{ kid: "k1", certificate: certificatePem }] },
      { name: "France", country: "FR", ids: ["FR"], keys: [{ kid: "f1", certificate: certificateDer }] },
    ];
    const { added, changed, unchanged } = compareTrustEntries(stored, incoming);
    expect(added).toEqual([incoming[2]]);
    expect(unchanged).toEqual([]);
    expect(changed).toHaveLength(2);
    const [ruritania, germany] = changed;
    expect(ruritania?.existing.rowId).toBe("row-1");
    expect(ruritania?.changes).toEqual({
      name: { from: "Ruritania", to: "Ruritania Ministry of Health" },
      ids: { added: ["https://health.rr/"], removed: [] },
      keys: { added: [{ publicKeyMultibase: "z6Mknew" }], removed: [{ publicKeyMultibase: "z6Mkold" }] },
      cscas: { added: [], removed: [] },
      contexts: { added: ["https://health.rr/v1"], removed: [], changed: [] },
    });
    expect(ruritania?.summary).toEqual([
      'Name "Ruritania" becomes "Ruritania Ministry of Health".',
      'Identifiers added: "https://health.rr/".',
      "1 key(s) added: without kid.",
      "1 key(s) removed: without kid.",
      'Contexts added: "https://health.rr/v1".',
    ]);
    expect(germany?.existing.rowId).toBe("row-2");
    expect(germany?.summary).toEqual(['Identifiers added: "dcc:DE".', 'Identifiers removed: "DE".']);
  });

  it("finds nothing changed in an entry written differently but meaning the same", () => {
    const same: TrustedIssuer = {
      name: "Germany",
      country: "DE",
      ids: ["DE"],
      keys: [{ kid: "k1", certificate: certificatePem }],
    };
    expect(compareTrustEntries(stored, [same])).toEqual({
      added: [],
      changed: [],
      unchanged: [{ existing: stored[1], incoming: same }],
    });
  });

  it("reports a changed country, a changed context document and removed CSCAs", () => {
    const existing: TrustedIssuer[] = [
      {
        name: "Lanka",
        country: "IN",
        ids: ["https://divoc.lk/"],
        keys: [{ publicKeyMultibase: "z" }],
        cscas: ["AAAA"],
        contexts: { "https://divoc.lk/v1": { a: 1 } },
      },
    ];
    const incoming: TrustedIssuer[] = [
      {
        name: "Lanka",
        country: "LK",
        ids: ["https://divoc.lk/"],
        keys: [{ publicKeyMultibase: "z" }],
        contexts: { "https://divoc.lk/v1": { a: 2 } },
      },
    ];
    expect(compareTrustEntries(existing, incoming).changed[0]?.summary).toEqual([
      "Country IN becomes LK.",
      "1 CSCA(s) removed.",
      'Contexts changed: "https://divoc.lk/v1".',
    ]);
  });
});
