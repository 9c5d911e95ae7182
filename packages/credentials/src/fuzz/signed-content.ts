import jsonld from "jsonld";
import { decodeBase45 } from "../codecs/base45.ts";
import { inflate } from "../codecs/zlib.ts";
import { createDivocDocumentLoader } from "../divoc/document-loader.ts";
import { decodeCoseSign1 } from "../eu-dcc/cose.ts";
import { MAX_DCC_INFLATED_BYTES } from "../limits.ts";
import { decodeShc } from "../shc/decode-shc.ts";
import { detect } from "../verify/detect.ts";
import { w3cDocuments } from "../verify/trust.ts";
import type { TrustList } from "../verify/types.ts";
import { createDocumentLoader } from "../w3c/document-loader.ts";

// "No mutated input says verified" needs to know which mutants still carry exactly what was signed: those may
// verify (JSON whitespace, key order, a re-compressed carrier), nothing else may. This reads the bytes each
// format's signature covers, so that the fuzzer compares what was signed, not how it was carried.

const EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2";
const SIGNATURE_VALUES = new Set(["proofValue", "signatureValue", "jws"]);
const toHex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");

const SECURITY_CONTEXT = "https://w3id.org/security/v2";

const canonize = async (document: unknown, documentLoader: unknown): Promise<string> =>
  String(
    await jsonld.canonize(document, {
      algorithm: "URDNA2015",
      format: "application/n-quads",
      documentLoader,
      safe: true,
    } as never),
  );

// What a Data Integrity or Linked Data proof hashes, as jsonld-signatures builds it: the document without its
// proof, and the proof's options (without the signature value, under the document's context), both canonicalised;
// a detached JWS also signs its header.
const linkedData = async (credential: Record<string, unknown>, documentLoader: unknown): Promise<string> => {
  const { proof, ...document } = credential;
  const options: Record<string, unknown> = {
    "@context": document["@context"] ?? SECURITY_CONTEXT,
    ...(proof as object),
  };
  const header = typeof options.jws === "string" ? options.jws.split(".")[0] : "";
  for (const value of SIGNATURE_VALUES) delete options[value];
  const [documentQuads, proofQuads] = await Promise.all([
    canonize(document, documentLoader),
    canonize(options, documentLoader),
  ]);
  return `${documentQuads}\nproof ${proofQuads}\njws header ${header}`;
};

/**
 * The bytes a certificate's signature covers, as text: the canonical N-Quads and proof options of a W3C or DIVOC
 * credential, the protected header and payload of an EU DCC, the header and payload of an SHC's JWS. Undefined
 * when the input does not decode that far.
 */
export const signedContentOf = async (input: unknown, trust: TrustList): Promise<string | undefined> => {
  try {
    const found = detect(input);
    if (found.format === "w3c") {
      const documents = { [EXAMPLES_V2]: { "@context": { "@vocab": `${EXAMPLES_V2}#` } }, ...w3cDocuments(trust) };
      return `w3c ${await linkedData(found.credential, createDocumentLoader({ documents }))}`;
    }
    if (found.format === "divoc") return `divoc ${await linkedData(found.credential, createDivocDocumentLoader())}`;
    if (found.format === "eu-dcc") {
      const cose = inflate(decodeBase45(found.text.slice(4)), { maxBytes: MAX_DCC_INFLATED_BYTES, what: "DCC" });
      const message = decodeCoseSign1(cose);
      return `eu-dcc ${toHex(message.protectedBytes)}.${toHex(message.payload)}`;
    }
    if (found.format === "shc") {
      const [header, payload] = decodeShc(found.input).jws.split(".");
      return `shc ${header}.${payload}`;
    }
    return undefined;
  } catch {
    return undefined;
  }
};
