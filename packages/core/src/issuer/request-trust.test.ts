import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { addRequestTrust } from "./request-trust";

const now = new Date("2023-07-01T00:00:00Z");
const platform = { issuers: [{ name: "Our tenant", ids: ["did:web:ours"], keys: [{ publicKeyMultibase: "z6Mk" }] }] };
const issuerUrl = "https://issuer.example/shc";
const publicJwk = async () => {
  const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
  return { ...(await crypto.subtle.exportKey("jwk", pair.publicKey)), kid: "k1" };
};

describe("addRequestTrust", () => {
  it("keeps the platform's list alone when the request brings no trust", async () => {
    expect(await addRequestTrust(platform, { now })).toEqual({ trust: platform });
  });

  it("adds the request's JWKS issuer after the platform's, and lists what it refused", async () => {
    const withPrivate = {
      keys: [await publicJwk(), { kty: "EC", crv: "P-256", x: "a", y: "b", d: "secret", kid: "leak" }],
    };
    const { trust, refused } = await addRequestTrust(platform, { trust: withPrivate, trustIssuer: issuerUrl, now });
    expect(trust.issuers.map((issuer) => issuer.ids)).toEqual([["did:web:ours"], [issuerUrl]]);
    expect(refused).toEqual([{ item: 'key 2 (kid "leak")', reason: expect.stringMatching(/PRIVATE key/) }]);
    expect(platform.issuers).toHaveLength(1);
  });

  it("answers VALIDATION_FAILED on the trust field for a document it cannot read", async () => {
    const refusal = await addRequestTrust(platform, { trust: { keys: [await publicJwk()] }, now }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal).toMatchObject({
      code: "VALIDATION_FAILED",
      details: [{ path: "trust", message: expect.stringMatching(/does not name its issuer/) }],
    });
    const misplaced = { trust: platform, trustIssuer: issuerUrl, now };
    await expect(addRequestTrust(platform, misplaced)).rejects.toThrow(/but trust is a trust-list/);
  });
});
