import jsigs from "jsonld-signatures";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type TrustList, type VerifyResult, verify } from "./index.ts";
import { dccVector, readJsonVector, shcNow, vectorTrust } from "./vectors.ts";

const trust = vectorTrust();
const w3cSigned = readJsonVector("w3c/eddsa-rdfc-2022/signedDataInt.json");
const divocSigned = readJsonVector("divoc/rsa-signed.json");
const check = (result: VerifyResult, name: string) => result.checks.find((c) => c.name === name);
const without = (name: string): TrustList => ({ issuers: trust.issuers.filter((issuer) => issuer.name !== name) });

// jsonld-signatures' verify is where a JSON-LD document is expanded and canonicalised; counting its calls
// (the real function still runs) shows whether an untrusted document got that far.
const canonicalisations = () => vi.spyOn(jsigs, "verify");

afterEach(() => {
  vi.restoreAllMocks();
});

describe("verify looks the issuer up in the trust list before any canonicalisation", () => {
  it("still verifies trusted W3C and DIVOC credentials, canonicalising each once", async () => {
    const spy = canonicalisations();
    expect(await verify(w3cSigned, { trust })).toMatchObject({ verified: true });
    expect(await verify(divocSigned, { trust })).toMatchObject({ verified: true });
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it("fails a W3C credential of an issuer not on the list at 'issuer trusted' and skips its signature", async () => {
    const spy = canonicalisations();
    const result = await verify(w3cSigned, { trust: without("W3C vc-di-eddsa example issuer") });
    expect(result.verified).toBe(false);
    expect(check(result, "format")?.status).toBe("passed");
    expect(check(result, "issuer trusted")).toMatchObject({
      status: "failed",
      reason: "The issuer https://vc.example/issuers/5678 is not on the trust list.",
    });
    expect(check(result, "signature")).toEqual({
      name: "signature",
      status: "skipped",
      reason: "Not checked: the issuer is not on the trust list.",
    });
    expect(result.subject).toBeNull();
    expect(spy).not.toHaveBeenCalled();
  });

  it("skips the signature of a trusted issuer's credential signed by a key the list does not hold for it", async () => {
    const spy = canonicalisations();
    const stranger = "did:key:z6MkhTNL7i2etLerDK8Acz5t528giE5KA4p75T6ka1E1D74r";
    const result = await verify(
      { ...w3cSigned, proof: { ...(w3cSigned.proof as object), verificationMethod: `${stranger}#key` } },
      { trust },
    );
    expect(check(result, "issuer trusted")?.status).toBe("failed");
    expect(check(result, "signature")).toMatchObject({ status: "skipped", reason: /^Not checked: the signing key/ });
    expect(spy).not.toHaveBeenCalled();
  });

  it("answers at once for a huge document of an untrusted issuer, since it is never expanded", async () => {
    const spy = canonicalisations();
    const subject = w3cSigned.credentialSubject as Record<string, unknown>;
    const huge = {
      ...w3cSigned,
      credentialSubject: { ...subject, notes: Array.from({ length: 15_000 }, (_, i) => `note ${i}`) },
    };
    const started = performance.now();
    const result = await verify(huge, { trust: without("W3C vc-di-eddsa example issuer") });
    // Canonicalising it took 17 s on two cores before the trust list was read first.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(check(result, "issuer trusted")?.status).toBe("failed");
    expect(spy).not.toHaveBeenCalled();
  });

  it("skips a DIVOC signature whose verification method no trusted issuer holds", async () => {
    const spy = canonicalisations();
    const result = await verify(divocSigned, { trust: without("DIVOC demo") });
    expect(check(result, "issuer trusted")?.status).toBe("failed");
    expect(check(result, "signature")).toMatchObject({
      status: "skipped",
      reason: "Not checked: the issuer is not on the trust list.",
    });
    expect(spy).not.toHaveBeenCalled();
  });

  it("does the same for SMART Health Cards and EU DCCs: no key, no signature check", async () => {
    const shc = await verify(readJsonVector("shc/example-00-e-file.smart-health-card"), {
      trust: without("SMART Health Cards example issuer"),
      now: shcNow,
    });
    expect(check(shc, "signature")).toMatchObject({ status: "skipped", reason: /issuer is not on the trust list/ });
    const dcc = await verify(dccVector.text, { trust: without("EU DCC test signer"), now: dccVector.now });
    expect(check(dcc, "issuer trusted")?.status).toBe("failed");
    expect(check(dcc, "signature")?.status).toBe("skipped");
  });
});
