import { encode } from "cborg";
import { encodeBase45 } from "../codecs/base45.ts";
import { deflate } from "../codecs/zlib.ts";
import { dscKid, parseCertificate } from "./certificates.ts";
import { encodeCoseSign1, es256ProtectedHeader, sigStructure } from "./cose.ts";
import type { DccPayload } from "./payload.ts";
import { validateDccPayload } from "./validate-payload.ts";

/** The QR text prefix of an EU DCC, version 1 of the health certificate context. */
export const DCC_PREFIX = "HC1:";

/** A ready-to-sign Document Signer: its P-256 private key and the kid of its certificate, with the protected header built once. */
export type DccSigner = { privateKey: CryptoKey; kid: Uint8Array; protectedHeader: Uint8Array };

/** Prepares a signer from the DSC's private key and its certificate (DER, PEM or base64), computing the kid once. */
export const createDccSigner = async ({
  privateKey,
  certificate,
}: {
  privateKey: CryptoKey;
  certificate: Uint8Array | string;
}): Promise<DccSigner> => {
  const der = typeof certificate === "string" ? new Uint8Array(parseCertificate(certificate).rawData) : certificate;
  const kid = await dscKid(der);
  return { privateKey, kid, protectedHeader: es256ProtectedHeader(kid) };
};

/** Prepares a signer from a stored Document Signer: its private P-256 JWK and its certificate. */
export const importDccSigner = async ({
  privateJwk,
  certificate,
}: {
  privateJwk: JsonWebKey;
  certificate: Uint8Array | string;
}): Promise<DccSigner> => {
  const { key_ops: _ops, ext: _ext, ...jwk } = privateJwk;
  const privateKey = await crypto.subtle.importKey("jwk", jwk, { name: "ECDSA", namedCurve: "P-256" }, false, ["sign"]);
  return createDccSigner({ privateKey, certificate });
};

/** What to sign: the payload, the CWT issuer (country code) and the validity window. */
export type IssueDccOptions = {
  payload: DccPayload;
  signer: DccSigner;
  /** CWT `iss`: the issuing country, ISO 3166 alpha-2. */
  issuer: string;
  issuedAt?: Date;
  expiresAt: Date;
};

/** The issued DCC: the `HC1:` QR text and the signed COSE bytes. */
export type IssuedDcc = { qr: string; cose: Uint8Array };

const CWT_ISS = 1;
const CWT_EXP = 4;
const CWT_IAT = 6;
const CWT_HCERT = -260;
const HCERT_EU_DCC_V1 = 1;

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/** Signs a DCC: CWT claims in COSE_Sign1 (ES256, kid in the protected header), zlib, base45, `HC1:`; throws on a payload the schema or value sets reject. */
export const issueDcc = async ({
  payload,
  signer,
  issuer,
  issuedAt,
  expiresAt,
}: IssueDccOptions): Promise<IssuedDcc> => {
  const validation = validateDccPayload(payload);
  if (!validation.ok) throw new Error(`Invalid DCC payload: ${validation.errors.join("; ")}`);
  const iat = issuedAt ?? new Date();
  if (expiresAt <= iat) throw new Error("Invalid DCC validity: expiresAt must be after issuedAt");
  const claims = encode(
    new Map<number, unknown>([
      [CWT_ISS, issuer],
      [CWT_IAT, seconds(iat)],
      [CWT_EXP, seconds(expiresAt)],
      [CWT_HCERT, new Map([[HCERT_EU_DCC_V1, payload]])],
    ]),
  );
  const toSign = sigStructure(signer.protectedHeader, claims);
  const signature = new Uint8Array(
    await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, signer.privateKey, toSign as Uint8Array<ArrayBuffer>),
  );
  const cose = encodeCoseSign1(signer.protectedHeader, claims, signature);
  return { qr: DCC_PREFIX + encodeBase45(deflate(cose)), cose };
};
