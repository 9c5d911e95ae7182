import { createPrivateKey, type JsonWebKey as NodeJsonWebKey, sign } from "node:crypto";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import type { W3cSigner, W3cSigningKey } from "./suites.ts";

// PKCS#8 wrapping of a raw 32-byte Ed25519 seed (RFC 8410).
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

type RawExport = (options: Record<string, boolean>) => Promise<{ secretKey?: Uint8Array }>;

/**
 * Builds a reusable signer from an Ed25519 Multikey key pair. The Digital Bazaar signer re-imports
 * the private key on every signature; this one imports it once. Ed25519 is deterministic, so the
 * signatures are the same bytes.
 */
export const createW3cSigner = async (key: W3cSigningKey): Promise<W3cSigner> => {
  const controller = key.controller ?? key.id.split("#")[0];
  const keyPair = await Ed25519Multikey.from({ ...key, controller, type: "Multikey" });
  const { secretKey } = await (keyPair.export as unknown as RawExport).call(keyPair, { secretKey: true, raw: true });
  if (!secretKey) throw new Error(`The key ${key.id} has no secret part to sign with.`);
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, secretKey.subarray(0, 32)]),
    format: "der",
    type: "pkcs8",
  });
  return { id: key.id, algorithm: "Ed25519", sign: async ({ data }) => sign(null, data, privateKey) };
};

/** Builds a signer from a stored Ed25519 private JWK (as `generateSigningKey` makes and the database seals). */
export const createW3cSignerFromJwk = ({ id, privateJwk }: { id: string; privateJwk: JsonWebKey }): W3cSigner => {
  if (privateJwk.kty !== "OKP" || privateJwk.crv !== "Ed25519" || !privateJwk.d) {
    throw new Error(`The key ${id} is not an Ed25519 private JWK.`);
  }
  const privateKey = createPrivateKey({ key: privateJwk as NodeJsonWebKey, format: "jwk" });
  return { id, algorithm: "Ed25519", sign: async ({ data }) => sign(null, data, privateKey) };
};
