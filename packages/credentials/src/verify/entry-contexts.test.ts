import { describe, expect, it } from "vitest";
import { verify } from "./index.ts";
import { readJsonVector, vectorTrust } from "./vectors.ts";

const w3cSigned = readJsonVector("w3c/eddsa-rdfc-2022/signedDataInt.json");
const VC_V2 = "https://www.w3.org/ns/credentials/v2";

// The W3C vector's issuer entry carrying the given contexts.
const trustWith = (contexts: Record<string, unknown>) => {
  const trust = vectorTrust();
  const [w3cIssuer, ...others] = trust.issuers;
  return { ...trust, issuers: [{ ...w3cIssuer, contexts } as (typeof trust.issuers)[number], ...others] };
};

describe("a trust entry's own JSON-LD contexts in the W3C check", () => {
  it("never replace a context the verifier bundles: a rewritten VC 2.0 context is ignored", async () => {
    const rewritten = { "@context": { "@vocab": "https://attacker.example/#" } };
    const result = await verify(w3cSigned, { trust: trustWith({ [VC_V2]: rewritten }) });
    expect(result.verified).toBe(true);
  });

  it("are the only way to read a credential naming a context nobody bundles", async () => {
    const url = "https://issuer.example/credentials/extra/v1";
    const extended = { ...w3cSigned, "@context": [...(w3cSigned["@context"] as string[]), url] };
    const without = await verify(extended, { trust: vectorTrust() });
    expect(without.verified).toBe(false);
    const withIt = await verify(extended, { trust: trustWith({ [url]: { "@context": {} } }) });
    // The proof covers the original @context, so the signature check reads the context and then fails on the change.
    expect(withIt.checks.find((check) => check.name === "signature")?.reason).not.toMatch(/not bundled or registered/);
  });
});
