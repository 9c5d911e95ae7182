import { describe, expect, it } from "vitest";
import { documentTypesOf, readVdsNcSigner } from "../vds-nc/signer.ts";
import { verify } from "./index.ts";
import type { VerifyResult } from "./types.ts";
import { readVector, vdsNcVector, vectorTrust } from "./vectors.ts";

const check = (result: VerifyResult, name: string) => result.checks.find((entry) => entry.name === name);

describe("VDS-NC: the Australian Passport Office's published seal", () => {
  it("verifies under the Australian CSCA and reads the holder and doses", async () => {
    const result = await verify(vdsNcVector.text, { trust: vectorTrust(), now: vdsNcVector.now });
    expect(result.checks.filter((entry) => entry.status === "failed")).toEqual([]);
    expect(result).toMatchObject({
      verified: true,
      format: "vds-nc",
      issuer: { id: "AUS", name: "Australian Passport Office", country: "AU" },
      subject: { name: "JANE CATHERINE CITIZEN", birthDate: "1977-05-16", documentNumber: "PF0911009" },
    });
    expect(result.subject?.doses).toEqual([
      {
        vaccine: "Pfizer Comirnaty",
        date: "2021-06-13",
        dose: 1,
        batch: "EP2163",
        country: "AU",
        facility: "Community Health",
      },
      {
        vaccine: "Pfizer Comirnaty",
        date: "2021-07-01",
        dose: 2,
        batch: "ER7449",
        country: "AU",
        facility: "General Practitioner",
      },
    ]);
  });

  it("carries a signer restricted to proofs of vaccination (document type NV) and to VDS-NC signing", async () => {
    const seal = JSON.parse(vdsNcVector.text) as { sig: { cer: string } };
    const { certificate, country } = await readVdsNcSigner(seal.sig.cer);
    expect(country).toBe("AU");
    expect(documentTypesOf(certificate)).toEqual(["NV"]);
  });

  it("is not trusted without the Australian CSCA", async () => {
    const trust = { issuers: vectorTrust().issuers.filter((issuer) => !issuer.cscas) };
    const result = await verify(vdsNcVector.text, { trust, now: vdsNcVector.now });
    expect(result.verified).toBe(false);
    expect(check(result, "signature")?.status).toBe("passed");
    expect(check(result, "issuer trusted")).toMatchObject({
      status: "failed",
      reason: expect.stringContaining("no CSCA of AUS"),
    });
    expect(result.subject).toBeNull();
  });

  it("fails its signature once the name is altered (the upstream tampered copy)", async () => {
    const tampered = readVector("vds-nc/aus-vacc-tampered.json");
    const result = await verify(tampered, { trust: vectorTrust(), now: vdsNcVector.now });
    expect(result.verified).toBe(false);
    expect(check(result, "signature")?.status).toBe("failed");
  });
});
