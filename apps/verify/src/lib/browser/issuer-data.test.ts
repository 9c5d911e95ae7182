import { describe, expect, it } from "vitest";
import { tenantBases, tenantStatusListUrl, ZTrustList } from "./issuer-data";

const trust = {
  issuers: [
    {
      name: "Demo Ministry of Health",
      ids: ["did:web:localhost%3A3003:tenants:demo-ministry"],
      keys: [{ publicKeyMultibase: "z6Mk" }],
    },
    {
      name: "Second tenant",
      ids: ["did:web:localhost%3A3003:tenants:north", "did:web:localhost%3A3003:tenants:north"],
      keys: [],
    },
    { name: "DIVOC India", ids: ["did:india", "https://divoc.dev/"], keys: [] },
    { name: "Elsewhere", ids: ["did:web:verify.other.example:tenants:x"], keys: [] },
  ],
};

describe("the status lists this checker keeps", () => {
  it("are those of the trusted issuers published on its own origin, each tenant once", () => {
    expect(tenantBases(trust, "http://localhost:3003")).toEqual([
      "http://localhost:3003/tenants/demo-ministry",
      "http://localhost:3003/tenants/north",
    ]);
    expect(tenantBases(trust, "http://localhost:4003")).toEqual([]);
  });

  it("are found at the URLs credentials name in statusListCredential", () => {
    expect(tenantStatusListUrl("http://localhost:3003/tenants/demo-ministry", "suspension", 1)).toBe(
      "http://localhost:3003/tenants/demo-ministry/status/suspension/1",
    );
  });
});

describe("the trust list this checker reads", () => {
  it("takes the entries' CSCAs and contexts and the list's own validity", () => {
    const published = {
      issuedAt: "2026-12-06T00:00:00Z",
      validUntil: "2026-12-08T00:00:00Z",
      issuers: [
        {
          name: "ICAO test CSCA",
          country: "UT",
          ids: ["UT"],
          keys: [],
          cscas: ["MIIB…"],
          contexts: { "https://cowin.gov.in/credentials/vaccination/v1": { "@context": {} } },
        },
      ],
    };
    expect(ZTrustList.parse(published)).toEqual(published);
    expect(() => ZTrustList.parse({ issuers: [{ name: "x", ids: [], keys: [], cscas: "MIIB" }] })).toThrow();
  });
});
