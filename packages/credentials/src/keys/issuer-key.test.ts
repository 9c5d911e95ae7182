import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { describe, expect, it } from "vitest";
import { encodeBase64 } from "../divoc/encoding.ts";
import { allowedCertificateTypes, dscKid, parseCertificate } from "../eu-dcc/certificates.ts";
import { generateIssuerKey } from "./issuer-key.ts";

describe("generateIssuerKey", () => {
  it("makes an Ed25519 key for W3C credentials and a P-256 key for SMART Health Cards, without certificates", async () => {
    const vc = await generateIssuerKey({ kind: "VC", country: "IN", issuerName: "Ministry" });
    const shc = await generateIssuerKey({ kind: "SHC", country: "IN", issuerName: "Ministry" });
    expect(vc).toMatchObject({ algorithm: "ED25519", publicJwk: { crv: "Ed25519", alg: "EdDSA" } });
    expect(vc.kid).toMatch(/^z6Mk/);
    expect(shc).toMatchObject({ algorithm: "P256", publicJwk: { crv: "P-256", alg: "ES256", kid: shc.kid } });
    expect(vc.certificatePem ?? shc.certificatePem).toBeUndefined();
    expect(shc.publicJwk).not.toHaveProperty("d");
  });

  it("certifies a Document Signer with the tenant's CSCA: chained, kid from the DER, vaccination only", async () => {
    const issuerName = "Ministry of Health and Family Welfare, Government of a Very Long Country Name";
    const csca = await generateIssuerKey({ kind: "CSCA", country: "LK", issuerName });
    const dsc = await generateIssuerKey({
      kind: "EU_DCC",
      country: "LK",
      issuerName,
      csca: { certificatePem: csca.certificatePem as string, privateJwk: csca.privateJwk },
    });
    const cscaCertificate = parseCertificate(csca.certificatePem as string);
    const dscCertificate = parseCertificate(dsc.certificatePem as string);
    expect(await dscCertificate.verify({ publicKey: cscaCertificate.publicKey, signatureOnly: true })).toBe(true);
    expect(await cscaCertificate.verify({ signatureOnly: true })).toBe(true);
    expect(dscCertificate.issuer).toBe(cscaCertificate.subject);
    expect(dscCertificate.subject).toMatch(/C=LK/);
    expect(dsc.kid).toBe(encodeBase64(await dscKid(new Uint8Array(dscCertificate.rawData))));
    expect(allowedCertificateTypes(dscCertificate)).toEqual(["vaccination"]);
    expect(cscaCertificate.getExtension(x509.BasicConstraintsExtension)?.ca).toBe(true);
    // The published JWK is the certificate's own key, so a JWK-based verifier and the DSC agree.
    const spki = await crypto.subtle.importKey("jwk", dsc.publicJwk, { name: "ECDSA", namedCurve: "P-256" }, true, [
      "verify",
    ]);
    expect(new Uint8Array(await crypto.subtle.exportKey("spki", spki))).toEqual(
      new Uint8Array(dscCertificate.publicKey.rawData),
    );
  });

  it("refuses a Document Signer without a CSCA", async () => {
    await expect(generateIssuerKey({ kind: "EU_DCC", country: "IN", issuerName: "Ministry" })).rejects.toThrow(
      /needs the CSCA/,
    );
  });
});
