import type * as x509 from "@peculiar/x509";
import { decodeBase64 } from "../divoc/encoding.ts";
import { VDS_NC_ALGORITHMS, type VdsNcSeal } from "./seal.ts";

/**
 * Checks a seal's signature with its signer certificate's key, as the ICAO VDS-NC guidelines define it: ECDSA
 * (sig.alg ES256, ES384 or ES512) over the UTF-8 bytes of the RFC 8785 canonical JSON of `data`, the value being
 * the raw r‖s pair (as in JWS), base64url. Answers why it does not hold, or undefined when it does.
 */
export const vdsNcSignatureProblem = async (
  seal: VdsNcSeal,
  certificate: x509.X509Certificate,
): Promise<string | undefined> => {
  const { namedCurve, hash, bytes } = VDS_NC_ALGORITHMS[seal.algorithm];
  const keyAlgorithm = certificate.publicKey.algorithm as { name?: string; namedCurve?: string };
  if (keyAlgorithm.name !== "ECDSA" || keyAlgorithm.namedCurve !== namedCurve) {
    const has = keyAlgorithm.namedCurve ? `${keyAlgorithm.name} ${keyAlgorithm.namedCurve}` : keyAlgorithm.name;
    return `The seal says ${seal.algorithm}, which needs an ECDSA ${namedCurve} key, but the signer certificate's key is ${has ?? "of an unknown kind"}.`;
  }
  const signature = decodeBase64(seal.signature);
  if (signature.length !== 2 * bytes) {
    const der = signature[0] === 0x30 ? " (it looks DER-encoded; VDS-NC signatures are the raw r‖s pair)" : "";
    return `The signature is ${signature.length} bytes, but an ${seal.algorithm} signature is ${2 * bytes}${der}.`;
  }
  const key = await certificate.publicKey.export({ name: "ECDSA", namedCurve }, ["verify"]);
  const signed = new TextEncoder().encode(seal.signedText);
  const valid = await crypto.subtle.verify({ name: "ECDSA", hash }, key, signature, signed);
  return valid ? undefined : "The signature does not match the seal's data: it was altered or signed by another key.";
};
