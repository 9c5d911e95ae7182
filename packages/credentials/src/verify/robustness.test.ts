import { describe, expect, it } from "vitest";
import { encodeBase45 } from "../codecs/base45.ts";
import { deflate } from "../codecs/zlib.ts";
import { writeDivocQr } from "../divoc/qr.ts";
import { CHECK_NAMES, verify } from "./index.ts";
import { dccVector, readJsonVector, readVector, vectorTrust } from "./vectors.ts";

const trust = vectorTrust();
const w3cSigned = readJsonVector("w3c/eddsa-rdfc-2022/signedDataInt.json");
const nativeQr = encodeBase45(deflate(new TextEncoder().encode(JSON.stringify(w3cSigned))));
const divocZip = writeDivocQr(readJsonVector("divoc/rsa-signed.json"));
const shcQr = readVector("shc/example-00-f-qr-code-numeric-value-0.txt").trim();

// A deterministic generator keeps a failing random input reproducible.
const randomBytes = (seed: number, length: number): Uint8Array => {
  let state = seed;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state & 0xff;
  });
};

const expectRejected = async (input: unknown, trustList: unknown = trust) => {
  const result = await verify(input, { trust: trustList as typeof trust });
  expect(result.verified).toBe(false);
  expect(result.subject).toBeNull();
  expect(result.checks).toHaveLength(CHECK_NAMES.length);
  for (const check of result.checks) expect(check.reason.length).toBeGreaterThan(10);
  return result;
};

describe("verify never throws and always answers why", () => {
  it("rejects values that are not certificates", async () => {
    const inputs = [
      null,
      undefined,
      0,
      42,
      Number.NaN,
      true,
      [],
      [1, 2],
      {},
      { a: 1 },
      "",
      "   ",
      "hello",
      Symbol("x"),
      () => 1,
    ];
    for (const input of inputs) {
      const result = await expectRejected(input);
      expect(result.checks[0]).toMatchObject({ name: "decode", status: "failed" });
    }
  });

  it("rejects random bytes, random text and huge strings", async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const bytes = randomBytes(seed, seed * 37);
      await expectRejected(bytes);
      await expectRejected(String.fromCharCode(...bytes));
    }
    await expectRejected("A".repeat(5_000_000));
    await expectRejected(`HC1:${"0".repeat(200_000)}`);
    await expectRejected(`{"@context":${"[".repeat(100_000)}`);
  });

  it("rejects every truncation of each format's QR with a decode failure", async () => {
    const qrs: [string, string | Uint8Array][] = [
      ["eu-dcc", dccVector.text],
      ["shc", shcQr],
      ["native", nativeQr],
      ["divoc", divocZip],
    ];
    for (const [, qr] of qrs) {
      for (const cut of [1, 5, 17, Math.floor(qr.length / 2), qr.length - 3]) {
        const result = await expectRejected(qr.slice(0, qr.length - cut));
        expect(result.checks.find((check) => check.status === "failed")?.name).toMatch(/decode|format/);
      }
    }
  });

  it("survives a malformed trust list and options", async () => {
    await expectRejected(dccVector.text, null);
    await expectRejected(w3cSigned, { issuers: [{ name: "x", ids: null, keys: null }] });
    const broken = {
      issuers: [{ name: "bad", ids: ["did:india", "AT"], keys: [{ publicKeyPem: "nope" }, { certificate: "zz" }] }],
    };
    await expectRejected(readJsonVector("divoc/rsa-signed.json"), broken);
    await expectRejected(dccVector.text, broken);
    const result = await verify(dccVector.text, { trust, now: new Date("nonsense"), status: "x" as never });
    expect(result.checks.find((check) => check.name === "validity period")?.status).toBe("failed");
  });

  it("turns a throwing status callback into a failed check", async () => {
    const status = () => {
      throw new Error("list unavailable");
    };
    const result = await verify(dccVector.text, { trust, now: dccVector.now, status });
    expect(result.checks.find((check) => check.name === "revocation")).toMatchObject({
      status: "failed",
      reason: expect.stringMatching(/list unavailable/),
    });
  });
});
