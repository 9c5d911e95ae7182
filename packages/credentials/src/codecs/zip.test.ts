import { deflateSync, strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDivocQr, writeDivocQr } from "../divoc/qr.ts";
import { deflateBomb, lyingZip, zipOf } from "../fuzz/hostile-inputs.ts";
import { expectRefusedFast } from "../testing/refused-fast.ts";
import { readZipEntry } from "./zip.ts";

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe("readZipEntry", () => {
  it("reads the named file of a DIVOC QR's ZIP, deflated or stored, and nothing for another name", () => {
    const zip = writeDivocQr({ id: "urn:x", name: "Bhaya Mitra" });
    expect(JSON.parse(text(readZipEntry(zip, "certificate.json")))).toEqual({ id: "urn:x", name: "Bhaya Mitra" });
    const stored = zipSync({ "a.txt": strToU8("alpha"), "certificate.json": strToU8("{}") }, { level: 0 });
    expect(text(readZipEntry(stored, "certificate.json"))).toBe("{}");
    expect(readZipEntry(stored, "other.json")).toBeUndefined();
  });

  it("refuses the 139-byte ZIP whose certificate.json claims 256 MiB, fast and without allocating it", () => {
    const zip = lyingZip();
    expect(zip.length).toBe(139);
    expectRefusedFast(() => readZipEntry(zip, "certificate.json"), /certificate\.json in the ZIP is too large/);
    expectRefusedFast(() => readDivocQr(zip));
    expectRefusedFast(() => readDivocQr(new TextDecoder("latin1").decode(zip)));
  });

  it("refuses an entry that claims a few bytes but inflates to 64 MiB, and a ZIP listing 65,535 files", () => {
    const bomb = zipOf({ data: deflateBomb(64 * 1024 * 1024), claimedSize: 9 });
    expectRefusedFast(() => readZipEntry(bomb, "certificate.json"), /inflates to more than/);
    const many = zipOf({ data: deflateSync(strToU8("{}")), claimedSize: 2, claimedEntries: 0xffff });
    expectRefusedFast(() => readZipEntry(many, "certificate.json"), /65,535 entries/);
  });

  it("says what is wrong with a damaged ZIP, never reading past its end", () => {
    const zip = writeDivocQr({ id: "urn:x" });
    expect(() => readZipEntry(zip.subarray(0, zip.length - 30), "certificate.json")).toThrow(/end of central/);
    const cut = zipOf({ data: deflateSync(strToU8('{"a":1}')), claimedSize: 7 });
    cut[cut.length - 6] = 0xff; // the central directory's offset now points past the end
    expect(() => readZipEntry(cut, "certificate.json")).toThrow(/cut short|damaged/);
    const wrongSize = zipOf({ data: deflateSync(strToU8('{"a":1}')), claimedSize: 8 });
    expect(() => readZipEntry(wrongSize, "certificate.json")).toThrow(/not the size its header gives/);
    expect(() =>
      readZipEntry(zipOf({ data: new Uint8Array(3), method: 12 as 8, claimedSize: 3 }), "certificate.json"),
    ).toThrow(/compression method 12/);
    expect(() => readZipEntry(strToU8("PK not a zip at all, just text"), "certificate.json")).toThrow(/end of central/);
  });
});
