import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { Ed25519Signature2018 } from "@digitalbazaar/ed25519-signature-2018";
import { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { decodeBase45 } from "../codecs/base45.ts";
import { inflate } from "../codecs/zlib.ts";
import { createDivocDocumentLoader } from "../divoc/document-loader.ts";
import { decodeBase64 } from "../divoc/encoding.ts";
import { type ResolvedKey, resolvePublicKey, verificationMethodFor } from "../divoc/keys.ts";
import { RsaSignature2018 } from "../divoc/rsa-signature-2018.ts";
import { decodeCoseSign1 } from "../eu-dcc/cose.ts";
import { MAX_DCC_INFLATED_BYTES } from "../limits.ts";
import { decodeShc } from "../shc/decode-shc.ts";
import { readVdsNcSeal } from "../vds-nc/seal.ts";
import { detect } from "../verify/detect.ts";
import { divocKeysOf, findDivocIssuer, w3cDocuments } from "../verify/trust.ts";
import type { TrustList } from "../verify/types.ts";
import { createDocumentLoader } from "../w3c/document-loader.ts";

// "No mutated input says verified" needs to know which mutants still carry exactly what was signed: those may
// verify (JSON whitespace, key order, a re-compressed carrier, a JSON-LD value written another way), nothing
// else may. This reads the bytes each format's signature covers, so that the fuzzer compares what was signed,
// not how it was carried.

const EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2";
const SECURITY_CONTEXT = "https://w3id.org/security/v2";
const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");

type VerifyDataSuite = {
  createVerifyData(options: { document: unknown; proof: unknown; documentLoader: unknown }): Promise<Uint8Array>;
};

// The suites verify() accepts, by proof type; each computes the bytes it checks a signature over itself.
const SUITES: Record<string, () => VerifyDataSuite> = {
  DataIntegrityProof: () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }) as unknown as VerifyDataSuite,
  Ed25519Signature2020: () => new Ed25519Signature2020() as unknown as VerifyDataSuite,
  Ed25519Signature2018: () => new Ed25519Signature2018() as unknown as VerifyDataSuite,
  RsaSignature2018: () => new RsaSignature2018() as unknown as VerifyDataSuite,
};

// What a Data Integrity or Linked Data proof signs, computed by its own suite from the document without its proof
// and the proof as jsonld-signatures hands it over (under the document's context unless it has its own): the
// hashes of both, canonicalised. A detached JWS also signs its header.
const linkedData = async (credential: Record<string, unknown>, documentLoader: unknown): Promise<string> => {
  const { proof: given, ...document } = credential;
  const proof: Record<string, unknown> = {
    "@context": document["@context"] ?? SECURITY_CONTEXT,
    ...(given as Record<string, unknown>),
  };
  const suite = SUITES[String(proof.type)];
  if (!suite) throw new Error(`no suite for ${String(proof.type)}`);
  const data = await suite().createVerifyData({ document, proof, documentLoader });
  const header = typeof proof.jws === "string" ? proof.jws.split(".")[0] : "";
  return `${toHex(data)} ${header}`;
};

// The DIVOC verifier's loader knows the trusted key the proof names, so a context may name it too.
const divocLoader = async (credential: Record<string, unknown>, trust: TrustList) => {
  const proof = (credential.proof ?? {}) as Record<string, unknown>;
  const kind = proof.type === "RsaSignature2018" ? "rsa" : "ed25519";
  const method = typeof proof.verificationMethod === "string" ? proof.verificationMethod : undefined;
  const issuer = credential.issuer;
  const issuerId = typeof issuer === "string" ? issuer : (issuer as { id?: unknown } | undefined)?.id;
  const match = findDivocIssuer(trust, typeof issuerId === "string" ? issuerId : undefined, method);
  const named = match && method ? divocKeysOf(match.entry, method) : [];
  const resolved = await Promise.all(named.map((key) => resolvePublicKey(key).catch(() => undefined)));
  const keys = resolved.filter((key): key is ResolvedKey => key?.kind === kind);
  return createDivocDocumentLoader({
    verificationMethods: keys.map((key) => verificationMethodFor(key, String(proof.type))),
    contexts: match?.entry.contexts,
  });
};

/**
 * The bytes a certificate's signature covers, as text: the canonical N-Quads and proof options of a W3C or DIVOC
 * credential, the protected header and payload of an EU DCC, the header and payload of an SHC's JWS, the canonical
 * data of a VDS-NC seal with the signer certificate it carries (the seal, not a trust list, names its key). Undefined
 * when the input does not decode that far.
 */
export const signedContentOf = async (input: unknown, trust: TrustList): Promise<string | undefined> => {
  try {
    const found = detect(input);
    if (found.format === "w3c") {
      const documents = { [EXAMPLES_V2]: { "@context": { "@vocab": `${EXAMPLES_V2}#` } }, ...w3cDocuments(trust) };
      return `w3c ${await linkedData(found.credential, createDocumentLoader({ documents }))}`;
    }
    if (found.format === "divoc") {
      return `divoc ${await linkedData(found.credential, await divocLoader(found.credential, trust))}`;
    }
    if (found.format === "eu-dcc") {
      const cose = inflate(decodeBase45(found.text.slice(4)), { maxBytes: MAX_DCC_INFLATED_BYTES, what: "DCC" });
      const message = decodeCoseSign1(cose);
      return `eu-dcc ${toHex(message.protectedBytes)}.${toHex(message.payload)}`;
    }
    if (found.format === "shc") {
      const [header, payload] = decodeShc(found.input).jws.split(".");
      return `shc ${header}.${payload}`;
    }
    if (found.format === "vds-nc") {
      const seal = readVdsNcSeal(found.seal);
      return `vds-nc ${seal.algorithm} ${seal.signedText} ${toHex(decodeBase64(seal.certificate))}`;
    }
    return undefined;
  } catch {
    return undefined;
  }
};
