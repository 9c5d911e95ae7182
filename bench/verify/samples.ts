import { decodeBase58 } from "../../packages/credentials/src/divoc/base58.ts";
import { ed25519Multibase } from "../../packages/credentials/src/divoc/keys.ts";
import { encodeNativeQr } from "../../packages/credentials/src/qr/native-qr.ts";
import type { TrustedIssuer } from "../../packages/credentials/src/verify/types.ts";
import {
  dccVector,
  readJsonVector,
  readVector,
  shcNow,
  vdsNcVector,
  vectorTrust,
} from "../../packages/credentials/src/verify/vectors.ts";

/** One certificate the bench checks in the page: its QR text, and the day the checker judges it on. */
export type VerifySample = { format: string; text: string; day: string };

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The public vectors of every format (testdata/, licences in its README) beside a certificate the platform issued
 * (`native`, its native QR, whose status list the page reads as it would at a gate).
 */
export const verifySamples = (native: Record<string, unknown>, today: Date): VerifySample[] => [
  { format: "vc", text: encodeNativeQr(native), day: dayOf(today) },
  { format: "divoc-rsa", text: JSON.stringify(readJsonVector("divoc/rsa-signed.json")), day: "2021-09-01" },
  { format: "divoc-ed25519", text: JSON.stringify(readJsonVector("divoc/ed25519-signed.json")), day: "2021-09-01" },
  // Judged at noon of the day after CO3's validation clock: it was issued at 18:00 on the day itself.
  { format: "dcc", text: dccVector.text, day: "2021-05-04" },
  { format: "shc", text: readVector("shc/example-00-f-qr-code-numeric-value-0.txt").trim(), day: dayOf(shcNow) },
  { format: "vds-nc", text: vdsNcVector.text, day: dayOf(vdsNcVector.now) },
];

/** The vectors' issuers, to add to the platform's trust list: DIVOC's found by its issuer, with both its keys. */
export const vectorIssuers = (): TrustedIssuer[] => {
  const edKey = readJsonVector<{ publicKeyBase58: string }>("divoc/ed25519-keys.json").publicKeyBase58;
  const divoc: TrustedIssuer = {
    name: "DIVOC demo",
    country: "IN",
    ids: ["https://divoc.dev/", "did:india"],
    keys: [
      { publicKeyPem: readVector("divoc/rsa-public.pem") },
      { publicKeyMultibase: ed25519Multibase(decodeBase58(edKey)) },
    ],
  };
  return [...vectorTrust().issuers.filter((issuer) => !issuer.ids.includes("did:india")), divoc];
};
