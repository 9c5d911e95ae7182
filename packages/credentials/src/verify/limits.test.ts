import { encode } from "cborg";
import { describe, expect, it } from "vitest";
import { dccAround, deepJson, lyingZip, nativeQrBomb, shcBomb } from "../fuzz/hostile-inputs.ts";
import { isInputTooLarge, type VerifyResult, verify } from "./index.ts";
import { readJsonVector, vectorTrust } from "./vectors.ts";

const trust = vectorTrust();

// verify() is async, so each refusal is timed on its own: the fastest of three runs, to discount a
// garbage collection or a cold JIT on a busy machine; the bomb's own work would take far longer each time.
const refusedFast = async (input: unknown, reason: RegExp): Promise<VerifyResult> => {
  let fastest = Number.POSITIVE_INFINITY;
  let result: VerifyResult | undefined;
  for (let run = 0; run < 3; run++) {
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    result = await verify(input, { trust });
    fastest = Math.min(fastest, performance.now() - started);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(4 * 1024 * 1024);
  }
  const answer = result as VerifyResult;
  expect(answer.verified).toBe(false);
  expect(isInputTooLarge(answer)).toBe(true);
  expect(answer.checks.find((check) => check.status === "failed")).toMatchObject({
    name: "decode",
    reason: expect.stringMatching(reason),
  });
  expect(fastest).toBeLessThan(50);
  return answer;
};

describe("verify refuses oversized input before allocating it, and says so", () => {
  it("refuses the 139-byte DIVOC QR ZIP that claims 256 MiB, as bytes and as scanned text", async () => {
    await refusedFast(lyingZip(), /certificate\.json in the ZIP is too large \(268,435,456 bytes, at most 65,536\)/);
    await refusedFast(new TextDecoder("latin1").decode(lyingZip()), /too large/);
  });

  it("refuses a native QR that inflates to 8 MiB", async () => {
    const bomb = nativeQrBomb(8 * 1024 * 1024);
    expect(bomb.length).toBeLessThan(16 * 1024);
    await refusedFast(bomb, /The native QR's content inflates to more than 65,536 bytes/);
  });

  it("refuses a SMART Health Card whose zip: DEF payload inflates to 32 MiB, as JWS and in a file", async () => {
    const jws = shcBomb(32 * 1024 * 1024);
    await refusedFast(jws, /The card's payload inflates to more than 262,144 bytes/);
    await refusedFast({ verifiableCredential: [jws] }, /inflates to more than/);
  });

  it("refuses an EU DCC whose CBOR claims a 2^63-byte string, or nests 10,000 deep, or inflates to 8 MiB", async () => {
    const huge = Uint8Array.of(0xd2, 0x84, 0x5b, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00);
    await refusedFast(dccAround(huge), /A CBOR string is too large/);
    await refusedFast(dccAround(Uint8Array.from([...new Array(10_000).fill(0x81), 0x00])), /deeper than 16 levels/);
    const claims = encode(new Map([[-260, new Map([[1, { v: [new Uint8Array(1)] }]])]]));
    const deepClaims = Uint8Array.from([...new Array(30).fill(0x81), ...claims]);
    const message = encode([new Uint8Array(0), new Map(), deepClaims, new Uint8Array(64)]);
    const result = await verify(dccAround(message), { trust });
    expect(result.checks.find((check) => check.status === "failed")).toMatchObject({
      name: "format",
      reason: expect.stringMatching(/deeper than/),
    });
    await refusedFast(`HC1:${nativeQrBomb(8 * 1024 * 1024)}`, /signed message inflates to more than 32,768 bytes/);
  });

  it("refuses JSON nested deeper than any certificate, as text and as an object, without overflowing the stack", async () => {
    await refusedFast(`{"@context":${deepJson(60_000)}}`, /nests deeper than 32 levels/);
    let deep: unknown = "x";
    for (let level = 0; level < 100_000; level++) deep = { nested: deep };
    await refusedFast({ "@context": "https://www.w3.org/ns/credentials/v2", deep }, /nests deeper than 32 levels/);
    const cyclic: Record<string, unknown> = { "@context": "https://www.w3.org/2018/credentials/v1" };
    cyclic.self = cyclic;
    await refusedFast(cyclic, /deeper than/);
  });

  it("refuses text far longer than any certificate before reading it", async () => {
    await refusedFast("A".repeat(5_000_000), /The input is too large \(5,000,000 characters, at most 131,072\)/);
    await refusedFast(`HC1:${"0".repeat(100_000)}`, /too large/);
  });

  it("fails a proof value longer than any signature at once, without base58-decoding it (found by the fuzzer)", async () => {
    // The fuzzer's mutant 89145 of seed 1183766142: part of the W3C vector's proofValue repeated 1,000 times
    // made a 67,000-character base58 value that took 3.7 s to decode.
    const w3c = readJsonVector("w3c/eddsa-rdfc-2022/signedDataInt.json");
    const proof = w3c.proof as Record<string, string>;
    const divoc = readJsonVector("divoc/rsa-signed.json");
    const divocProof = divoc.proof as Record<string, string>;
    const inputs = [
      { ...w3c, proof: { ...proof, proofValue: `${proof.proofValue}${"3j3ApHsF8kgP".repeat(5_000)}` } },
      { ...divoc, proof: { ...divocProof, jws: `${divocProof.jws}${"A".repeat(60_000)}` } },
    ];
    for (const input of inputs) {
      const started = performance.now();
      const result = await verify(input, { trust });
      // Decoding them took 2-4 s; refused, they take a millisecond (the margin is for a busy machine).
      expect(performance.now() - started).toBeLessThan(500);
      expect(result.checks.find((check) => check.status === "failed")).toMatchObject({
        name: "format",
        reason: expect.stringMatching(/characters long, more than any signature \(at most 2,048\)/),
      });
    }
  });
});
