import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import { contexts as dataIntegrityContexts } from "@digitalbazaar/data-integrity-context";
import * as Ed25519Multikey from "@digitalbazaar/ed25519-multikey";
import { contexts as multikeyContexts } from "@digitalbazaar/multikey-context";
import { contexts as securityContexts } from "@digitalbazaar/security-context";
import { contexts as ed25519Signature2020Contexts } from "ed25519-signature-2020-context";
import { testReportContext, testReportContextBase, testReportContextUrl } from "./test-report-context.ts";
import { vaccinationContext, vaccinationContextBase, vaccinationContextUrl } from "./vaccination-context.ts";

/** What a JSON-LD document loader answers for one URL (the jsonld RemoteDocument shape). */
export type LoadedDocument = { contextUrl: null; documentUrl: string; document: Record<string, unknown> };

/** A JSON-LD document loader: URL in, document out; never touches the network. */
export type DocumentLoader = (url: string) => Promise<LoadedDocument>;

/** Options for {@link createDocumentLoader}. */
export type CreateDocumentLoaderOptions = {
  /** Public base URL our own contexts live under (`VAX_PUBLIC_URL`), default `http://localhost:3003`. */
  publicUrl?: string;
  /** Extra documents by URL: our did:web DID document, its verification methods, test contexts. */
  documents?: Record<string, Record<string, unknown>>;
};

/** Thrown for a URL that is neither bundled nor registered; names the URL instead of fetching it. */
export class UnknownDocumentError extends Error {
  readonly url: string;
  constructor(url: string) {
    super(`JSON-LD document "${url}" is not bundled or registered; documents are never fetched from the network.`);
    this.name = "UnknownDocumentError";
    this.url = url;
  }
}

const DID_CONTEXT_V1 = "https://www.w3.org/ns/did/v1";
const MULTIKEY_CONTEXT_V1 = "https://w3id.org/security/multikey/v1";

const bundledContexts = (): Map<string, Record<string, unknown>> =>
  new Map([
    ...credentialsContexts,
    ...dataIntegrityContexts,
    ...multikeyContexts,
    ...securityContexts,
    ...ed25519Signature2020Contexts,
  ]);

/** Resolves a `did:key` (Ed25519) DID or one of its key URLs locally, as the did:key method defines it. */
export const resolveDidKey = async (url: string): Promise<Record<string, unknown>> => {
  const [did = "", fragment] = url.split("#");
  const fingerprint = did.slice("did:key:".length);
  if (!fingerprint.startsWith("z6Mk")) throw new UnknownDocumentError(url);
  if (fragment !== undefined && fragment !== fingerprint) throw new UnknownDocumentError(url);
  const keyId = `${did}#${fingerprint}`;
  const key = await Ed25519Multikey.from({ id: keyId, controller: did, publicKeyMultibase: fingerprint });
  const method = await key.export({ publicKey: true, includeContext: true });
  if (fragment !== undefined) return method;
  const { "@context": _context, ...embedded } = method;
  return {
    // DID context first: jsonld-signatures then reads assertionMethod without framing the document.
    "@context": [DID_CONTEXT_V1, MULTIKEY_CONTEXT_V1],
    id: did,
    verificationMethod: [embedded],
    authentication: [keyId],
    assertionMethod: [keyId],
    capabilityDelegation: [keyId],
    capabilityInvocation: [keyId],
  };
};

/**
 * Creates a document loader over the bundled contexts, our vaccination and test report contexts, did:key and the
 * caller's registered documents. Answers for fixed documents are memoised and the same object is returned
 * each time, which lets jsonld reuse its processed-context cache across calls.
 */
export const createDocumentLoader = (options: CreateDocumentLoaderOptions = {}): DocumentLoader => {
  const documents = bundledContexts();
  documents.set(vaccinationContextUrl(options.publicUrl), vaccinationContext(options.publicUrl));
  documents.set(testReportContextUrl(options.publicUrl), testReportContext(options.publicUrl));
  for (const [url, document] of Object.entries(options.documents ?? {})) documents.set(url, document);
  const answers = new Map<string, LoadedDocument>();

  return async (url: string) => {
    const cached = answers.get(url);
    if (cached) return cached;
    // did:key answers are derived on demand and not kept: a verifier may see any number of them.
    if (url.startsWith("did:key:")) return { contextUrl: null, documentUrl: url, document: await resolveDidKey(url) };
    // Our built-in contexts are the same documents under every deployment's base URL, so they are made, never fetched.
    if (!documents.has(url)) {
      const vaccinationBase = vaccinationContextBase(url);
      const testReportBase = vaccinationBase === undefined ? testReportContextBase(url) : undefined;
      if (vaccinationBase !== undefined) documents.set(url, vaccinationContext(vaccinationBase));
      else if (testReportBase !== undefined) documents.set(url, testReportContext(testReportBase));
    }
    const document = documents.get(url);
    if (!document) throw new UnknownDocumentError(url);
    const answer: LoadedDocument = { contextUrl: null, documentUrl: url, document };
    answers.set(url, answer);
    return answer;
  };
};
