import type { BitstringStatusListEntry, DocumentLoader, W3cSigner } from "../w3c/index.ts";
import { signW3cCredential } from "../w3c/index.ts";
import { encodeStatusList, type StatusList } from "./bitstring.ts";

/** The status purposes this platform publishes a list for. */
export type StatusPurpose = "revocation" | "suspension";

/** Options for {@link buildStatusListCredential}. */
export type BuildStatusListCredentialOptions = {
  /** The URL the list credential is published at; entries name it as `statusListCredential`. */
  id: string;
  /** The issuer's DID; the signer's key must be one of its verification methods. */
  issuer: string;
  purpose: StatusPurpose;
  list: StatusList;
  validFrom: Date | string;
  /** When verifiers should stop trusting this copy of the list and fetch a fresh one. */
  validUntil?: Date | string;
  signer: W3cSigner;
  documentLoader: DocumentLoader;
  /** The proof's `created` time, default now. */
  created?: Date | string;
};

const VC_V2 = "https://www.w3.org/ns/credentials/v2";
// XSD dateTimeStamp without milliseconds, as the rest of the package writes dates.
const isoSeconds = (value: Date | string): string =>
  typeof value === "string" ? value : value.toISOString().replace(/\.\d{3}Z$/, "Z");

/** Builds and signs (DataIntegrityProof, eddsa-rdfc-2022) a BitstringStatusListCredential for one purpose. */
export const buildStatusListCredential = async (
  options: BuildStatusListCredentialOptions,
): Promise<Record<string, unknown>> => {
  const credential: Record<string, unknown> = {
    "@context": [VC_V2],
    id: options.id,
    type: ["VerifiableCredential", "BitstringStatusListCredential"],
    issuer: options.issuer,
    validFrom: isoSeconds(options.validFrom),
    ...(options.validUntil === undefined ? {} : { validUntil: isoSeconds(options.validUntil) }),
    credentialSubject: {
      id: `${options.id}#list`,
      type: "BitstringStatusList",
      statusPurpose: options.purpose,
      encodedList: encodeStatusList(options.list),
    },
  };
  return signW3cCredential({
    credential,
    signer: options.signer,
    documentLoader: options.documentLoader,
    created: options.created,
  });
};

/** Options for {@link statusEntry}. */
export type StatusEntryOptions = { listCredentialUrl: string; index: number; purpose: StatusPurpose };

/** The `credentialStatus` entry that points a credential at its bit in a status list. */
export const statusEntry = ({ listCredentialUrl, index, purpose }: StatusEntryOptions): BitstringStatusListEntry => {
  if (!Number.isSafeInteger(index) || index < 0) {
    throw new RangeError(`A status list index is a whole number from 0; got ${index}.`);
  }
  return {
    id: `${listCredentialUrl}#${index}`,
    type: "BitstringStatusListEntry",
    statusPurpose: purpose,
    statusListIndex: String(index),
    statusListCredential: listCredentialUrl,
  };
};
