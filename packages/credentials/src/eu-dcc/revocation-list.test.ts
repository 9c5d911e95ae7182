import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeBase45 } from "../codecs/base45.ts";
import { inflate } from "../codecs/zlib.ts";
import { createCsca, createDsc, dscKid } from "./certificates.ts";
import { decodeCoseSign1 } from "./cose.ts";
import { createDccSigner, issueDcc } from "./issue-dcc.ts";
import { buildVaccinationPayload } from "./payload.ts";
import { dccRevocationEntry } from "./revocation-hashes.ts";
import { decodeVarHashList, encodeVarHashList, isOnDccRevocationList } from "./revocation-list.ts";

// The spec's recipe, done by hand with node:crypto: the first 16 bytes of a SHA-256, in hex.
const first16 = (bytes: Uint8Array | string) =>
  createHash("sha256").update(bytes).digest().subarray(0, 16).toString("hex");

let qr: string;
let kid: string;

beforeAll(async () => {
  const csca = await createCsca({ country: "IN", commonName: "Vax Test CSCA" });
  const dsc = await createDsc({ csca, country: "IN", commonName: "Vax Test DSC" });
  const signer = await createDccSigner({ privateKey: dsc.keys.privateKey, certificate: dsc.der });
  kid = Buffer.from(await dscKid(dsc.der)).toString("base64");
  const payload = buildVaccinationPayload({
    familyName: "Kumar",
    givenName: "Anjali",
    dateOfBirth: "1990-04-12",
    prophylaxis: "29061000087103",
    product: "Covishield",
    manufacturer: "ORG-100001981",
    doseNumber: 1,
    totalDoses: 2,
    date: "2021-09-14",
    country: "IN",
    issuer: "Ministry of Health",
    certificateId: "01IN00REVOKED01",
  });
  const issued = await issueDcc({
    payload,
    signer,
    issuer: "IN",
    issuedAt: new Date(),
    expiresAt: new Date(Date.now() + 86_400_000),
  });
  qr = issued.qr;
});

describe("EU DCC revocation hashes", () => {
  it("are the first 128 bits of SHA-256 of the UCI, of country + UCI, and of the ES256 signature's r", async () => {
    const entry = await dccRevocationEntry(qr);
    const message = decodeCoseSign1(inflate(decodeBase45(qr.slice(4)), { maxBytes: 1 << 16, what: "test" }));
    expect(entry.kid).toBe(kid);
    expect(entry.hashes).toEqual({
      UCI: first16("URN:UVCI:01:IN:01IN00REVOKED01"),
      COUNTRYCODEUCI: first16("INURN:UVCI:01:IN:01IN00REVOKED01"),
      SIGNATURE: first16(message.signature.subarray(0, 32)),
    });
  });

  it("find a listed DCC by any hash type, only under its own kid", async () => {
    const entry = await dccRevocationEntry(qr);
    const list = { kid, hashes: { UCI: [], COUNTRYCODEUCI: [entry.hashes.COUNTRYCODEUCI], SIGNATURE: [] } };
    expect(isOnDccRevocationList(list, entry)).toBe(true);
    expect(isOnDccRevocationList({ ...list, kid: "AAAAAAAAAAA=" }, entry)).toBe(false);
    expect(isOnDccRevocationList({ kid, hashes: { UCI: [], COUNTRYCODEUCI: [], SIGNATURE: [] } }, entry)).toBe(false);
  });

  it("are served as a VARHASHLIST slice: entry length, then the entries in order", () => {
    const slice = encodeVarHashList(["ff".repeat(16), "00".repeat(16), "AB".repeat(16)]);
    expect(slice[0]).toBe(16);
    expect(slice.length).toBe(1 + 3 * 16);
    expect(decodeVarHashList(slice)).toEqual(["00".repeat(16), "ab".repeat(16), "ff".repeat(16)]);
    expect(() => decodeVarHashList(new Uint8Array([16, 1, 2]))).toThrow("not a VARHASHLIST");
  });
});
