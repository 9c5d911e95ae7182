import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeBase58 } from "../divoc/base58.ts";
import { ed25519Multibase } from "../divoc/keys.ts";
import type { TrustList } from "./types.ts";

// Tests and benches only: the public test vectors kept in the repository's testdata/ (sources, licences: its README).
const testdata = new URL("../../../../testdata/", import.meta.url);

/** Absolute path of a file or folder under the repository's testdata/, e.g. `vectorPath("shc/")`. */
export const vectorPath = (name: string): string => fileURLToPath(new URL(name, testdata));
/** A vector file as text. */
export const readVector = (name: string): string => readFileSync(new URL(name, testdata), "utf8");
/** A vector file as parsed JSON. */
export const readJsonVector = <T = Record<string, unknown>>(name: string): T => JSON.parse(readVector(name)) as T;

const keyPair = readJsonVector<{ publicKeyMultibase: string }>("w3c/keyPair.json");
/** The did:key of the W3C vc-di-eddsa vectors' signing key. */
export const w3cDidKey = `did:key:${keyPair.publicKeyMultibase}`;
const dcc = readJsonVector<{ PREFIX: string; TESTCTX: { CERTIFICATE: string; VALIDATIONCLOCK: string } }>(
  "eu-dcc/common/CO3.json",
);
/** The EU DCC vector CO3 (valid, EC P-256) and its validation clock. */
export const dccVector = { text: dcc.PREFIX, now: new Date(dcc.TESTCTX.VALIDATIONCLOCK) };
/** The issuer of DIVOC's signed samples (`https://divoc.dev/`; see testdata/README.md). */
export const divocIssuer = "https://divoc.dev/";
const divocEd25519 = readJsonVector<{ publicKeyBase58: string }>("divoc/ed25519-keys.json");
/** The public key of DIVOC's Ed25519 sample, in the trust list's multibase form. */
export const divocEd25519Multibase = ed25519Multibase(decodeBase58(divocEd25519.publicKeyBase58));
/** The SMART Health Cards spec examples' issuer. */
export const shcIssuer = "https://spec.smarthealth.cards/examples/issuer";
/** Between every SHC example's nbf (June 2023) and example 03's exp (June 2024). */
export const shcNow = new Date("2023-07-01T00:00:00Z");

/**
 * The Australian Passport Office's ICAO VDS-NC proof of vaccination (a real DFAT barcode signer under the Australian
 * CSCA), its CSCA (base64 DER) and a time inside the signer's validity (August 2021 to September 2031).
 */
export const vdsNcVector = {
  text: readVector("vds-nc/aus-vacc.json"),
  csca: readVector("vds-nc/aus-csca.b64").trim(),
  now: new Date("2022-01-01T00:00:00Z"),
};

/** A trust list naming the issuer of every vector, each with its public key in one of the trust-list forms. */
export const vectorTrust = (): TrustList => ({
  issuers: [
    {
      name: "W3C vc-di-eddsa example issuer",
      ids: ["https://vc.example/issuers/5678", w3cDidKey],
      keys: [{ publicKeyMultibase: keyPair.publicKeyMultibase }],
    },
    {
      // The issuer both DIVOC samples name, and the verification-method string they sign under.
      name: "DIVOC demo",
      country: "IN",
      ids: [divocIssuer, "did:india"],
      keys: [{ publicKeyPem: readVector("divoc/rsa-public.pem") }, { publicKeyMultibase: divocEd25519Multibase }],
    },
    { name: "EU DCC test signer", ids: ["AT"], keys: [{ certificate: dcc.TESTCTX.CERTIFICATE }] },
    {
      name: "SMART Health Cards example issuer",
      country: "US",
      ids: [shcIssuer],
      keys: readJsonVector<{ keys: JsonWebKey[] }>("shc/issuer/.well-known/jwks.json").keys.map((publicKeyJwk) => ({
        publicKeyJwk,
      })),
    },
    { name: "Australian Passport Office", country: "AU", ids: ["AUS"], keys: [], cscas: [vdsNcVector.csca] },
  ],
});
