import { beforeAll, describe, expect, it } from "vitest";
import { createVdsNcCsca, createVdsNcSigner, issueVdsNc, type VdsNcKeyHolder } from "../vds-nc/issue-vds-nc.ts";
import { readVdsNcSigner } from "../vds-nc/signer.ts";
import { verify } from "./index.ts";
import type { TrustedIssuer, TrustList, VerifyResult } from "./types.ts";

const check = (result: VerifyResult, name: string) => result.checks.find((entry) => entry.name === name);
const now = new Date("2026-06-01T00:00:00Z");
const validity = { notBefore: new Date("2025-01-01T00:00:00Z"), notAfter: new Date("2030-01-01T00:00:00Z") };

const message = {
  uvci: "U32870",
  pid: { n: "SMITH  BILL", dob: "1990-01-02", i: "A1234567Z" },
  ve: [
    {
      des: "XM68M6",
      nam: "Comirnaty",
      dis: "RA01.0",
      vd: [
        { dvc: "2021-03-03", seq: 1, ctr: "AUS", adm: "RIVM", lot: "VC35679" },
        { dvc: "2021-03-24", seq: 2, ctr: "AUS", adm: "RIVM", lot: "VC87540" },
      ],
    },
  ],
};

let auCsca: VdsNcKeyHolder;
let nzCsca: VdsNcKeyHolder;
let signer: VdsNcKeyHolder;
const australia = (cscas: string[], extra: Partial<TrustedIssuer> = {}): TrustList => ({
  issuers: [{ name: "Australia health", country: "AU", ids: ["AUS"], keys: [], cscas, ...extra }],
});
const seal = (options: { signer?: VdsNcKeyHolder; msg?: Record<string, unknown>; is?: string } = {}) =>
  issueVdsNc({
    type: "icao.vacc",
    issuingCountry: options.is ?? "AUS",
    message: options.msg ?? message,
    signer: options.signer ?? signer,
  });

beforeAll(async () => {
  auCsca = await createVdsNcCsca({ country: "AU", commonName: "Test CSCA AU", ...validity });
  nzCsca = await createVdsNcCsca({ country: "NZ", commonName: "Test CSCA NZ", ...validity });
  signer = await createVdsNcSigner({ csca: auCsca, notBefore: validity.notBefore, notAfter: validity.notAfter });
});

describe("VDS-NC: seals made with a test CSCA", () => {
  it("verifies as an object, as JSON text and as bytes", async () => {
    const made = await seal();
    for (const input of [made, JSON.stringify(made), new TextEncoder().encode(JSON.stringify(made))]) {
      const result = await verify(input, { trust: australia([auCsca.pem]), now });
      expect(result.verified).toBe(true);
      expect(result.issuer).toEqual({ id: "AUS", name: "Australia health", country: "AU" });
      expect(result.subject?.name).toBe("BILL SMITH");
    }
  });

  it("verifies an ES384 seal signed with a P-384 key", async () => {
    const p384 = await createVdsNcSigner({ csca: auCsca, algorithm: "ES384", ...validity });
    const made = await issueVdsNc({
      type: "icao.vacc",
      issuingCountry: "AUS",
      message,
      signer: p384,
      algorithm: "ES384",
    });
    expect((await verify(made, { trust: australia([auCsca.pem]), now })).verified).toBe(true);
  });

  it("is refused without the CSCA, or with another country's", async () => {
    const made = await seal();
    const none = await verify(made, { trust: { issuers: [] }, now });
    expect(check(none, "issuer trusted")?.status).toBe("failed");
    const zealand = await verify(made, {
      trust: { issuers: [{ name: "NZ", country: "NZ", ids: ["NZL"], keys: [], cscas: [nzCsca.pem] }] },
      now,
    });
    expect(check(zealand, "issuer trusted")?.reason).toContain("no CSCA of AUS");
    // The Australian CSCA filed under a New Zealand entry vouches for nothing Australian.
    const misfiled = await verify(made, { trust: australia([auCsca.pem], { country: "NZ" }), now });
    expect(check(misfiled, "issuer trusted")?.reason).toContain("no CSCA of AUS");
  });

  it("is refused when the header names another country than the signer's", async () => {
    const result = await verify(await seal({ is: "NZL" }), { trust: australia([auCsca.pem]), now });
    expect(check(result, "issuer trusted")?.reason).toContain("not to the seal's issuing country NZL (NZ)");
  });

  it("is refused when the signer was not issued by the trusted CSCA", async () => {
    const rogueCsca = await createVdsNcCsca({ country: "AU", commonName: "Test CSCA AU", ...validity });
    const rogue = await createVdsNcSigner({ csca: rogueCsca, ...validity });
    const result = await verify(await seal({ signer: rogue }), { trust: australia([auCsca.pem]), now });
    expect(check(result, "issuer trusted")?.reason).toContain("not issued by any trusted CSCA");
  });

  it("fails the validity period with an expired signer certificate", async () => {
    const old = await createVdsNcSigner({
      csca: auCsca,
      notBefore: validity.notBefore,
      notAfter: new Date("2025-06-01T00:00:00Z"),
    });
    const result = await verify(await seal({ signer: old }), { trust: australia([auCsca.pem]), now });
    expect(result.verified).toBe(false);
    expect(check(result, "validity period")?.reason).toContain("expired on 2025-06-01");
  });

  it("fails the signature when the message is altered or another key signed", async () => {
    const made = (await seal()) as { data: { msg: { pid: { n: string } } } };
    made.data.msg.pid.n = "SMITH  BOB";
    const altered = await verify(made, { trust: australia([auCsca.pem]), now });
    expect(check(altered, "signature")?.status).toBe("failed");
    expect(check(altered, "issuer trusted")?.status).toBe("skipped");

    const other = await createVdsNcSigner({ csca: auCsca, ...validity });
    const forged = (await seal({ signer: other })) as { sig: { cer: string } };
    forged.sig.cer = ((await seal()) as { sig: { cer: string } }).sig.cer;
    const result = await verify(forged, { trust: australia([auCsca.pem]), now });
    expect(check(result, "signature")?.reason).toContain("signed by another key");
    expect(result.subject).toBeNull();
  });

  it("fails key status for a signer without the VDS-NC extended key usage, or one the trust list revoked", async () => {
    const plain = await createVdsNcSigner({ csca: auCsca, extendedKeyUsages: ["1.3.6.1.5.5.7.3.4"], ...validity });
    const result = await verify(await seal({ signer: plain }), { trust: australia([auCsca.pem]), now });
    expect(check(result, "key status")).toMatchObject({
      status: "failed",
      reason: expect.stringContaining("extended key usage lacks 2.23.136.1.1.14.2"),
    });
    expect(result.verified).toBe(false);

    // A signer for proofs of testing only (document type NT) may not sign a proof of vaccination (NV).
    const testing = await createVdsNcSigner({ csca: auCsca, documentTypes: ["NT"], ...validity });
    const wrongType = await verify(await seal({ signer: testing }), { trust: australia([auCsca.pem]), now });
    expect(check(wrongType, "key status")?.reason).toContain("type NT, not NV");
    const vaccination = await createVdsNcSigner({ csca: auCsca, documentTypes: ["NV"], ...validity });
    expect((await verify(await seal({ signer: vaccination }), { trust: australia([auCsca.pem]), now })).verified).toBe(
      true,
    );

    const made = (await seal()) as { sig: { cer: string } };
    const { kid } = await readVdsNcSigner(made.sig.cer);
    const revokedKeys = [{ kid, reason: "Key compromise." }];
    const revoked = await verify(made, { trust: australia([auCsca.pem], { revokedKeys }), now });
    expect(check(revoked, "key status")).toMatchObject({
      status: "failed",
      reason: expect.stringContaining("Key compromise."),
    });
    expect(revoked.verified).toBe(false);
  });

  it("asks the status lookup by the seal's UVCI and honours a revocation", async () => {
    const queries: unknown[] = [];
    const result = await verify(await seal(), {
      trust: australia([auCsca.pem]),
      now,
      status: (query) => {
        queries.push(query);
        return query.purpose === "revocation";
      },
    });
    expect(queries[0]).toMatchObject({ format: "vds-nc", issuer: "AUS", id: "U32870" });
    expect(check(result, "revocation")?.status).toBe("failed");
    expect(result.standing).toEqual({ state: "revoked" });
  });

  it("verifies a proof of testing and reads its holder, with no doses", async () => {
    const test = {
      utci: "T8472",
      pid: { n: "SMITH  BILL", dob: "1990-01-02", dt: "P", dn: "A1234567Z" },
      sp: { spn: "General Hospital", ctr: "AUS", cd: { p: "+61 2 5550 1234" } },
      dat: { sc: "2021-08-01T08:00:00+10:00", ri: "2021-08-01T16:00:00+10:00" },
      tr: { tc: "molecular(PCR)", r: "negative", m: "nasopharyngeal" },
    };
    const made = await issueVdsNc({ type: "icao.test", issuingCountry: "AUS", message: test, signer });
    const result = await verify(made, { trust: australia([auCsca.pem]), now });
    expect(result.verified).toBe(true);
    expect(check(result, "format")?.reason).toContain("proof of testing");
    expect(result.subject).toEqual({
      name: "BILL SMITH",
      birthDate: "1990-01-02",
      documentNumber: "A1234567Z",
      doses: [],
    });
  });

  it("fails the schema when the message lacks a required field", async () => {
    const { uvci: _dropped, ...withoutId } = message;
    const result = await verify(await seal({ msg: withoutId }), { trust: australia([auCsca.pem]), now });
    expect(check(result, "schema")).toMatchObject({
      status: "failed",
      reason: expect.stringContaining("uvci is missing"),
    });
  });
});

describe("VDS-NC: envelopes the guidelines do not allow", () => {
  const refused = async (change: (made: Record<string, Record<string, unknown>>) => void) => {
    const made = (await seal()) as Record<string, Record<string, unknown>>;
    change(made);
    return verify(made, { trust: australia([auCsca.pem]), now });
  };

  it("names what is wrong with the header or signature block", async () => {
    const algorithm = await refused((made) => Object.assign(made.sig as object, { alg: "RS256" }));
    expect(check(algorithm, "format")?.reason).toContain("allows ES256, ES384 and ES512");
    const version = await refused((made) => Object.assign(made.data?.hdr as object, { v: 2 }));
    expect(check(version, "format")?.reason).toContain("only version 1");
    const type = await refused((made) => Object.assign(made.data?.hdr as object, { t: "icao.visa" }));
    expect(check(type, "format")?.reason).toContain("icao.vacc and icao.test");
    const certificate = await refused((made) => Object.assign(made.sig as object, { cer: "AAAA" }));
    expect(check(certificate, "format")?.reason).toContain("not a readable X.509 certificate");
  });

  it("refuses a DER-encoded signature with the reason", async () => {
    const result = await refused((made) => Object.assign(made.sig as object, { sigvl: `MEUCIQ${"A".repeat(90)}` }));
    expect(check(result, "signature")?.reason).toContain("raw r‖s");
  });

  it("refuses a seal larger than a QR can hold, unread", async () => {
    const result = await refused((made) => Object.assign(made.data?.msg as object, { opt: "x".repeat(9_000) }));
    expect(result).toMatchObject({ verified: false, tooLarge: true });
    expect(check(result, "decode")?.status).toBe("failed");
  });
});
