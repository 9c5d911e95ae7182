import { describe, expect, it } from "vitest";
import { didWebBaseOnOrigin } from "./did-web";

describe("didWebBaseOnOrigin", () => {
  it("maps a tenant's did:web to its base URL on the verify app's origin", () => {
    expect(didWebBaseOnOrigin("did:web:localhost%3A3003:tenants:demo-ministry", "http://localhost:3003")).toBe(
      "http://localhost:3003/tenants/demo-ministry",
    );
    expect(didWebBaseOnOrigin("did:web:verify.example.org", "https://verify.example.org")).toBe(
      "https://verify.example.org",
    );
  });

  it("answers nothing for another host or port, another method, or a damaged DID", () => {
    expect(didWebBaseOnOrigin("did:web:localhost%3A3003:tenants:demo", "http://localhost:4003")).toBeUndefined();
    expect(didWebBaseOnOrigin("did:web:elsewhere.example:tenants:demo", "http://localhost:3003")).toBeUndefined();
    expect(
      didWebBaseOnOrigin("did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "http://localhost:3003"),
    ).toBeUndefined();
    expect(didWebBaseOnOrigin("did:web:localhost%E0%A4%A:x", "http://localhost:3003")).toBeUndefined();
  });
});
