import { encode } from "cborg";
import { dccAround, deepJson, lyingZip, nativeQrBomb, shcBomb } from "./hostile-inputs.ts";
import { FUZZ_NOW, type FuzzSeed } from "./seed.ts";

/** Hostile shapes as seeds too: their mutants probe the limits from both sides. */
export const hostileSeeds = (): FuzzSeed[] => {
  const hostile = (name: string, format: FuzzSeed["format"], input: FuzzSeed["input"]): FuzzSeed => ({
    name: `hostile ${name}`,
    kind: "hostile",
    format,
    input,
    now: FUZZ_NOW,
  });
  return [
    hostile("ZIP claiming 256 MiB", "divoc", lyingZip()),
    hostile("native QR bomb", "w3c", nativeQrBomb(1024 * 1024)),
    hostile("SHC zip bomb", "shc", shcBomb(1024 * 1024)),
    hostile(
      "CBOR claiming 2^63 bytes",
      "eu-dcc",
      dccAround(Uint8Array.of(0x84, 0x5b, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0)),
    ),
    hostile("CBOR 40 deep", "eu-dcc", dccAround(Uint8Array.from([...new Array(40).fill(0x81), 0]))),
    hostile(
      "CBOR claims map",
      "eu-dcc",
      dccAround(encode([new Uint8Array(), new Map(), encode(new Map([[1, "IN"]])), new Uint8Array(64)])),
    ),
    hostile("JSON 40 deep", "w3c", `{"@context":${deepJson(40)}}`),
  ];
};
