import { contexts as credentialsContexts } from "@digitalbazaar/credentials-context";
import { contexts as securityContexts } from "@digitalbazaar/security-context";
import { contexts as ed25519Contexts2018 } from "ed25519-signature-2018-context";
import { contexts as ed25519Contexts2020 } from "ed25519-signature-2020-context";
import vaccinationV1 from "./contexts/context-vaccination-v1.json" with { type: "json" };
import vaccinationV2 from "./contexts/context-vaccination-v2.json" with { type: "json" };
import { ED25519_2018_URL, ED25519_2020_URL, SECURITY_V2_URL } from "./keys.ts";

/** What a JSON-LD document loader answers for one URL. */
export type LoadedDocument = { contextUrl: null; documentUrl: string; document: unknown };

/** A JSON-LD document loader that never touches the network. */
export type DivocDocumentLoader = (url: string) => Promise<LoadedDocument>;

/** The W3C Verifiable Credentials 1.1 context URL, the first `@context` of every DIVOC certificate. */
export const CREDENTIALS_V1_URL = "https://www.w3.org/2018/credentials/v1";

/** Namespace URLs DIVOC deployments serve the vaccination contexts under, and which version each is. */
export const DIVOC_NAMESPACES: Readonly<Record<string, "v1" | "v2">> = {
  "https://divoc.dev/credentials/vaccination/v1": "v1",
  "https://cowin.gov.in/credentials/vaccination/v1": "v1",
  "https://cowin.gov.in/credentials/vaccination/v2": "v2",
};

const SECURITY_V1_URL = "https://w3id.org/security/v1";

const contextFrom = (map: Map<string, Record<string, unknown>>, url: string): Record<string, unknown> => {
  const context = map.get(url);
  if (!context) throw new Error(`The installed context package lacks ${url}.`);
  return context;
};

const BUNDLED: Record<string, unknown> = {
  [CREDENTIALS_V1_URL]: contextFrom(credentialsContexts, CREDENTIALS_V1_URL),
  [SECURITY_V1_URL]: contextFrom(securityContexts, SECURITY_V1_URL),
  [SECURITY_V2_URL]: contextFrom(securityContexts, SECURITY_V2_URL),
  [ED25519_2018_URL]: contextFrom(ed25519Contexts2018, ED25519_2018_URL),
  [ED25519_2020_URL]: contextFrom(ed25519Contexts2020, ED25519_2020_URL),
};

/** Options of {@link createDivocDocumentLoader}. */
export type DivocDocumentLoaderOptions = {
  /** Key objects (each with an `id`, e.g. `did:india`) that a proof's `verificationMethod` resolves to. */
  verificationMethods?: Record<string, unknown>[];
  /** Further namespace URLs a programme serves the vaccination context under. */
  namespaces?: Record<string, "v1" | "v2">;
  /**
   * A deployment's own JSON-LD context documents by URL (`{"@context": ...}`), as its trust entry carries them. They
   * only add URLs: a bundled context is never replaced, so no trust entry can redefine the W3C or security terms.
   */
  contexts?: Record<string, unknown>;
};

const documentsFor = (options: DivocDocumentLoaderOptions): Map<string, unknown> => {
  const documents = new Map<string, unknown>(Object.entries(options.contexts ?? {}));
  for (const [url, document] of Object.entries(BUNDLED)) documents.set(url, document);
  for (const [url, version] of Object.entries({ ...DIVOC_NAMESPACES, ...options.namespaces })) {
    documents.set(url, version === "v2" ? vaccinationV2 : vaccinationV1);
  }
  for (const method of options.verificationMethods ?? []) {
    if (typeof method.id === "string") documents.set(method.id, method);
  }
  return documents;
};

/** The credential's context URLs the loader would not know: neither bundled nor given. */
export const unknownContexts = (
  credential: Record<string, unknown>,
  options: DivocDocumentLoaderOptions = {},
): string[] => {
  const documents = documentsFor(options);
  const contexts = [credential["@context"]].flat();
  return contexts.filter((context): context is string => typeof context === "string" && !documents.has(context));
};

/** Builds a loader over the bundled contexts and the caller's keys; an unknown URL is an error, never a fetch. */
export const createDivocDocumentLoader = (options: DivocDocumentLoaderOptions = {}): DivocDocumentLoader => {
  const documents = documentsFor(options);
  return async (url) => {
    const document = documents.get(url);
    if (document === undefined) {
      throw new Error(
        `"${url}" is not a bundled JSON-LD context or a known key; it is never fetched from the network.`,
      );
    }
    return { contextUrl: null, documentUrl: url, document };
  };
};
