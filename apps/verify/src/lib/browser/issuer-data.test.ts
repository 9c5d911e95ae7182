import { describe, expect, it } from "vitest";
import { tenantBases, tenantStatusListUrl } from "./issuer-data";

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
