import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeDivocQr } from "../divoc/qr.ts";
import { encodeShcQr } from "../shc/numeric-qr.ts";
import { scanQrPng, zbarimg } from "../testing/zbar.ts";
import { qrPng, qrSegments, qrSvg, qrVersionFor } from "./qr-image.ts";

const scratch = mkdtempSync(join(tmpdir(), "qr-image-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const scan = (png: Uint8Array, name: string, binary = false): Buffer => scanQrPng(png, join(scratch, name), { binary });

const hc1 =
  "HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N IOP-IA%NFQGRJPC%OQHIZC4.OI1RM8ZA.A5:S9MKN4NN3F85QNCY0O%0VZ001HOC9JU0D0HT0HB2PL/IB*09B9LW4T*8+DCMH0LDK2%K:XFE70*LP$V25$0Q:J:4MO1P0%0L0HD+9E/HY+4J6TH48S%4K.GJ2PT3QY:GQ3TE2I+-CPHN6D7LLK*2HG%89UV-0LZ 2ZJJ524-LH/CJTK96L6SR9MU9DHGZ%P WUQRENS431T1XCNCF+47AY0-IFO0500TGPN8F5G.41Q2E4T8ALW.INSV$ 07UV5SR+BNQHNML7 /KD3TU 4V*CAT3ZGLQMI/XI%ZJNSBBXK2:UG%UJMI:TU+MMPZ5$/PMX19UE4-0HAM3:7M:M0MO63SY1R9HTMTNK6I+RSJAJN.0 HSZW57C96T69XQKE%08C1/BWD6D+J9EN9W3GL0H8UF";
const jws = `${"eyJ6aXAiOiJERUYiLCJhbGciOiJFUzI1NiIsImtpZCI6IjNLZmRnLVh3UC03Z1h5eXd0VWZVQUR3QnVtRE9QS01ReC1pRUxMMTFXOXMifQ".padEnd(600, "A")}.sig-nature_x`;

describe("qrSegments", () => {
  it("puts base45 and HC1: text in alphanumeric mode", () => {
    expect(qrSegments(hc1)).toEqual({ segments: [{ data: hc1, mode: "alphanumeric" }], mode: "alphanumeric" });
  });

  it("puts the shc:/ prefix in byte mode and the digits in numeric mode, as the SHC spec does", () => {
    const text = encodeShcQr(jws);
    const { segments, mode } = qrSegments(text);
    expect(mode).toBe("numeric");
    expect(segments.map((segment) => segment.mode)).toEqual(["byte", "numeric"]);
    expect(new TextDecoder().decode(segments[0]?.data as Uint8Array)).toBe("shc:/");
    expect(qrSegments("shc:/1/2/0123").segments[1]).toEqual({ data: "0123", mode: "numeric" });
  });

  it("puts DIVOC ZIP bytes and other text in byte mode", () => {
    const zip = writeDivocQr({ id: "did:india:1" });
    expect(qrSegments(zip)).toEqual({ segments: [{ data: zip, mode: "byte" }], mode: "byte" });
    expect(qrSegments("lower case text").mode).toBe("byte");
  });
});

describe("qrVersionFor", () => {
  it("grows with the payload and the error correction level", () => {
    expect(qrVersionFor("HELLO")).toBe(1);
    expect(qrVersionFor(hc1, { ecc: "L" })).toBeLessThan(qrVersionFor(hc1, { ecc: "H" }));
    // Numeric mode packs 3.3 bits a digit, byte mode 8: the same shc:/ text as one byte segment is larger.
    const shc = encodeShcQr(jws);
    expect(qrVersionFor(shc)).toBeLessThan(qrVersionFor(new TextEncoder().encode(shc)));
  });

  it("names the payload size when it cannot fit in any QR", () => {
    expect(() => qrVersionFor("A".repeat(5000), { ecc: "M" })).toThrow(/5000 characters at error correction M/);
  });
});

describe("qrPng / qrSvg", () => {
  it("makes a PNG and reports version, error correction and mode", async () => {
    const result = await qrPng(hc1, { ecc: "Q" });
    expect(result).toMatchObject({ version: qrVersionFor(hc1, { ecc: "Q" }), ecc: "Q", mode: "alphanumeric" });
    expect([...result.png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it("makes an SVG of the same version", async () => {
    const result = await qrSvg(hc1);
    expect(result.version).toBe(qrVersionFor(hc1));
    expect(result.svg).toMatch(/^<svg [^>]*viewBox=/);
  });

  it("rejects a payload too large for a QR with a readable error", async () => {
    await expect(qrPng(new Uint8Array(4000))).rejects.toThrow(/4000 bytes at error correction M/);
  });
});

describe.skipIf(!zbarimg)("scanning with zbarimg (skipped: zbarimg is not installed)", () => {
  it("reads HC1: text back", async () => {
    expect(
      scan((await qrPng(hc1)).png, "hc1.png")
        .toString("utf8")
        .replace(/\n$/, ""),
    ).toBe(hc1);
  });

  it("reads shc:/ numeric text back", async () => {
    const text = encodeShcQr(jws);
    expect(
      scan((await qrPng(text)).png, "shc.png")
        .toString("utf8")
        .replace(/\n$/, ""),
    ).toBe(text);
  });

  it("reads DIVOC ZIP bytes back unchanged", async () => {
    const zip = writeDivocQr({ id: "did:india:1", name: "Asha Rao" });
    const scanned = scan((await qrPng(zip)).png, "divoc.png", true);
    expect(new Uint8Array(scanned)).toEqual(zip);
  });
});
