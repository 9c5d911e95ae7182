import { strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { readVector } from "../verify/vectors.ts";
import { mangleDivocQr, readDivocQr, writeDivocQr } from "./qr.ts";
import { verifyDivocCredential } from "./verify.ts";

const read = (name: string) => readVector(`divoc/${name}`);
const credential = JSON.parse(read("rsa-signed.json"));
const keys = [{ id: "did:india", publicKeyPem: read("rsa-public.pem") }];

describe("DIVOC QR", () => {
  it("writes ZIP bytes holding certificate.json and reads them back", () => {
    const zip = writeDivocQr(credential);
    expect(strFromU8(zip.subarray(0, 4), true)).toBe("PK\u0003\u0004");
    expect(readDivocQr(zip)).toEqual(credential);
  });

  it("reads the payload as text with one character per byte, as a scanner hands it over", () => {
    expect(readDivocQr(strFromU8(writeDivocQr(credential), true))).toEqual(credential);
  });

  it("reads the UTF-8-mangled variant DIVOC's QR library produced, as bytes and as text", () => {
    // Non-ASCII text inside the certificate must survive the undoing of the mangling too.
    const zip = writeDivocQr({ ...credential, note: "Mitra — ñ" });
    const mangled = mangleDivocQr(zip);
    expect(mangled.length).toBeGreaterThan(zip.length);
    expect(readDivocQr(mangled)).toMatchObject({ note: "Mitra — ñ" });
    expect(readDivocQr(strFromU8(mangled, true))).toMatchObject({ note: "Mitra — ñ" });
  });

  it("verifies a signed certificate straight from its QR payload", async () => {
    expect((await verifyDivocCredential(mangleDivocQr(writeDivocQr(credential)), { keys })).verified).toBe(true);
  });

  it("says why a payload is not a DIVOC QR", () => {
    expect(() => readDivocQr("HC1:6BFOXN")).toThrow("not a ZIP file");
    const zip = writeDivocQr(credential);
    zip[zip.length - 30] = (zip[zip.length - 30] ?? 0) ^ 0xff;
    expect(() => readDivocQr(zip.subarray(0, 40))).toThrow("It is not a DIVOC QR");
  });
});
