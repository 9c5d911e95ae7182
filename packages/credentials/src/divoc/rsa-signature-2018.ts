import { CREDENTIALS_V1_URL } from "./document-loader.ts";
import { concatBytes, decodeBase64, encodeBase64Url, pemToDer, pkcs1ToPkcs8 } from "./encoding.ts";
import { type JwsSigner, type JwsVerifier, LinkedDataSignature } from "./jsigs.ts";
import { SECURITY_V2_URL } from "./keys.ts";

const PSS = { name: "RSA-PSS", hash: "SHA-256" } as const;
// DIVOC signs with node-jose's PS256 defaults: MGF1-SHA-256 and a 32-byte salt.
const PSS_PARAMS = { name: "RSA-PSS", saltLength: 32 } as const;
const HEADER = { alg: "PS256", b64: false, crit: ["b64"] };
const ENCODED_HEADER = encodeBase64Url(new TextEncoder().encode(JSON.stringify(HEADER)));

/** Makes a PS256 signer from an RSA private key PEM (PKCS#1 "RSA PRIVATE KEY" or PKCS#8 "PRIVATE KEY"). */
export const createRsaSigner = async (id: string, privateKeyPem: string): Promise<JwsSigner> => {
  const { label, der } = pemToDer(privateKeyPem);
  if (label !== "RSA PRIVATE KEY" && label !== "PRIVATE KEY") throw new Error(`"${label}" is not an RSA private key.`);
  const pkcs8 = label === "RSA PRIVATE KEY" ? pkcs1ToPkcs8(der) : der;
  const key = await crypto.subtle.importKey("pkcs8", pkcs8, PSS, false, ["sign"]);
  return {
    id,
    sign: async ({ data }) => new Uint8Array(await crypto.subtle.sign(PSS_PARAMS, key, new Uint8Array(data))),
  };
};

/** Makes a PS256 verifier from an RSA public key PEM (SPKI). */
export const createRsaVerifier = async (publicKeyPem: string): Promise<JwsVerifier> => {
  const key = await crypto.subtle.importKey("spki", pemToDer(publicKeyPem).der, PSS, false, ["verify"]);
  return {
    verify: async ({ data, signature }) =>
      crypto.subtle.verify(PSS_PARAMS, key, new Uint8Array(signature), new Uint8Array(data)),
  };
};

/**
 * RsaSignature2018 as DIVOC's signer library makes it: URDNA2015, SHA-256 of the proof options and of
 * the document, signed as a detached PS256 JWS with an unencoded payload (RFC 7797).
 */
export class RsaSignature2018 extends LinkedDataSignature {
  constructor(options: { signer?: JwsSigner; verifier?: JwsVerifier; date?: string | Date } = {}) {
    // credentials/v1 defines the RsaSignature2018 terms, so DIVOC documents need no extra suite context.
    super({ type: "RsaSignature2018", contextUrl: CREDENTIALS_V1_URL, ...options });
  }

  /** Canonizes the proof options under security/v2, as jsonld-signatures 6 (DIVOC's version) did. */
  async canonizeProof(proof: Record<string, unknown>, { documentLoader }: { documentLoader: unknown }) {
    const { jws: _jws, signatureValue: _value, proofValue: _proofValue, ...options } = proof;
    return this.canonize({ ...options, "@context": SECURITY_V2_URL }, { documentLoader, skipExpansion: false });
  }

  /** Adds the detached JWS over `base64url(header) + "." + verifyData` to the proof. */
  async sign({ verifyData, proof }: { verifyData: Uint8Array; proof: Record<string, unknown> }) {
    if (!this.signer) throw new Error("RsaSignature2018 needs a signer to sign.");
    const data = concatBytes(new TextEncoder().encode(`${ENCODED_HEADER}.`), verifyData);
    const signature = await this.signer.sign({ data });
    return { ...proof, jws: `${ENCODED_HEADER}..${encodeBase64Url(signature)}` };
  }

  /** The key object the document loader gives for `proof.verificationMethod`. */
  async getVerificationMethod({ proof, documentLoader }: GetMethodOptions): Promise<Record<string, unknown>> {
    const id = typeof proof.verificationMethod === "object" ? proof.verificationMethod?.id : proof.verificationMethod;
    if (typeof id !== "string") throw new Error('The proof names no "verificationMethod".');
    const { document } = await documentLoader(id);
    const method = document as Record<string, unknown>;
    if (method.type !== "RsaVerificationKey2018" || typeof method.publicKeyPem !== "string") {
      throw new Error(`Key "${id}" is not an RSA key (RsaVerificationKey2018 with publicKeyPem).`);
    }
    return method;
  }

  /** Checks the detached JWS: the header must be exactly DIVOC's, and the PS256 signature must match. */
  async verifySignature({ verifyData, verificationMethod, proof }: VerifySignatureOptions): Promise<boolean> {
    const jws = proof.jws;
    const [encodedHeader, payload, encodedSignature] = typeof jws === "string" ? jws.split(".") : [];
    if (!encodedHeader || payload !== "" || !encodedSignature) throw new Error('The proof has no detached "jws".');
    const header = JSON.parse(new TextDecoder().decode(decodeBase64(encodedHeader))) as Record<string, unknown>;
    if (header.alg !== "PS256" || header.b64 !== false || JSON.stringify(header.crit) !== '["b64"]') {
      throw new Error(`The JWS header ${JSON.stringify(header)} is not the PS256 unencoded-payload header.`);
    }
    const verifier = this.verifier ?? (await createRsaVerifier(String(verificationMethod.publicKeyPem)));
    const data = concatBytes(new TextEncoder().encode(`${encodedHeader}.`), verifyData);
    return verifier.verify({ data, signature: decodeBase64(encodedSignature) });
  }
}

type ProofNode = Record<string, unknown> & { verificationMethod?: string | { id?: string } };
type GetMethodOptions = {
  proof: ProofNode;
  documentLoader: (url: string) => Promise<{ document: unknown }>;
};
type VerifySignatureOptions = {
  verifyData: Uint8Array;
  verificationMethod: Record<string, unknown>;
  proof: Record<string, unknown>;
};
