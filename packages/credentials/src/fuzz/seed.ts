import { strFromU8 } from "fflate";
import { mangleDivocQr, writeDivocQr } from "../divoc/qr.ts";
import { encodeNativeQr } from "../qr/native-qr.ts";
import type { CredentialFormat, TrustList } from "../verify/types.ts";

/** What a seed is, which decides the mutations that apply to it. */
export type SeedKind =
  | "json-object"
  | "json-text"
  | "native-qr"
  | "divoc-zip"
  | "divoc-zip-text"
  | "dcc-qr"
  | "shc-qr"
  | "shc-jws"
  | "shc-file-text"
  | "shc-file-object"
  | "hostile";

/** One input the fuzzer mutates: a real signed certificate in one of its carriers, or a hostile shape. */
export type FuzzSeed = {
  name: string;
  kind: SeedKind;
  format: Exclude<CredentialFormat, "unknown">;
  input: string | Uint8Array | Record<string, unknown>;
  /** The time the seed is valid at. */
  now: Date;
};

/** The seeds and the trust list that holds every seed's issuer. */
export type FuzzCorpus = { seeds: FuzzSeed[]; trust: TrustList };

/** The time the package's own seeds are checked at: after every issuance date, before every expiry. */
export const FUZZ_NOW = new Date("2025-06-01T00:00:00Z");

const latin1 = (bytes: Uint8Array) => strFromU8(bytes, true);

export const jsonSeeds = (
  name: string,
  format: "w3c" | "divoc" | "vds-nc",
  credential: Record<string, unknown>,
  now: Date,
) => [
  { name: `${name} object`, kind: "json-object", format, input: credential, now },
  { name: `${name} JSON`, kind: "json-text", format, input: JSON.stringify(credential), now },
];

/** Seeds of a W3C credential issued elsewhere (by the platform, for the route): as JSON, JSON text and native QR. */
export const w3cCredentialSeeds = (name: string, credential: Record<string, unknown>, now = new Date()): FuzzSeed[] => [
  ...(jsonSeeds(name, "w3c", credential, now) as FuzzSeed[]),
  { name: `${name} native QR`, kind: "native-qr", format: "w3c", input: encodeNativeQr(credential), now },
];

export const divocCarriers = (name: string, credential: Record<string, unknown>, now: Date): FuzzSeed[] => {
  const zip = writeDivocQr(credential);
  return [
    ...jsonSeeds(name, "divoc", credential, now),
    { name: `${name} ZIP`, kind: "divoc-zip", format: "divoc", input: zip, now },
    { name: `${name} ZIP text`, kind: "divoc-zip-text", format: "divoc", input: latin1(zip), now },
    {
      name: `${name} mangled ZIP text`,
      kind: "divoc-zip-text",
      format: "divoc",
      input: latin1(mangleDivocQr(zip)),
      now,
    },
  ] as FuzzSeed[];
};
