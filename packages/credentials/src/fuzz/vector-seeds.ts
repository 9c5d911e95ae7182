import { encodeNativeQr } from "../qr/native-qr.ts";
import type { TrustedIssuer } from "../verify/types.ts";
import { divocCarriers, FUZZ_NOW, type FuzzSeed, jsonSeeds, type SeedKind } from "./seed.ts";

// The public test vectors, when they are where the tests read them (they are in development and CI).
export const vectorSeeds = async (): Promise<{ seeds: FuzzSeed[]; issuers: TrustedIssuer[] }> => {
  let vectors: typeof import("../verify/vectors.ts");
  try {
    vectors = await import("../verify/vectors.ts");
  } catch {
    return { seeds: [], issuers: [] };
  }
  const w3c = vectors.readJsonVector("w3c/eddsa-rdfc-2022/signedDataInt.json");
  const text = (name: string) => vectors.readVector(name).trim();
  const shc = (name: string, kind: SeedKind, input: FuzzSeed["input"]): FuzzSeed => ({
    name: `SHC example ${name}`,
    kind,
    format: "shc",
    input,
    now: vectors.shcNow,
  });
  const chunks = [0, 1, 2].map((n) => text(`shc/example-02-f-qr-code-numeric-value-${n}.txt`));
  return {
    seeds: [
      ...(jsonSeeds("W3C vector", "w3c", w3c, FUZZ_NOW) as FuzzSeed[]),
      { name: "W3C vector native QR", kind: "native-qr", format: "w3c", input: encodeNativeQr(w3c), now: FUZZ_NOW },
      ...divocCarriers("DIVOC RSA vector", vectors.readJsonVector("divoc/rsa-signed.json"), FUZZ_NOW),
      ...divocCarriers("DIVOC Ed25519 vector", vectors.readJsonVector("divoc/ed25519-signed.json"), FUZZ_NOW),
      {
        name: "EU DCC vector CO3",
        kind: "dcc-qr",
        format: "eu-dcc",
        input: vectors.dccVector.text,
        now: vectors.dccVector.now,
      },
      shc("00 QR", "shc-qr", text("shc/example-00-f-qr-code-numeric-value-0.txt")),
      shc("00 JWS", "shc-jws", text("shc/example-00-d-jws.txt")),
      shc("00 file", "shc-file-text", text("shc/example-00-e-file.smart-health-card")),
      shc("02 in three QR chunks", "shc-qr", chunks.join("\n")),
      ...(jsonSeeds(
        "VDS-NC Australian vector",
        "vds-nc",
        JSON.parse(vectors.vdsNcVector.text),
        vectors.vdsNcVector.now,
      ) as FuzzSeed[]),
    ],
    issuers: vectors.vectorTrust().issuers,
  };
};
