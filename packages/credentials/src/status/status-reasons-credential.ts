import type { DocumentLoader, W3cSigner } from "../w3c/index.ts";
import { signW3cCredential } from "../w3c/index.ts";
import { createStatusList, encodeStatusList, setStatus } from "./bitstring.ts";
import type { StatusPurpose } from "./status-list-credential.ts";

/**
 * Why bits of one status list are set, beyond the list's own yes or no: which revocations are supersessions (a
 * corrected certificate replaced the one at that index) and until when suspensions last. Indexes are those of
 * the list, which are already public; nothing about a holder is in it.
 */
export type StatusReasons = {
  /** On a revocation list: the indexes whose certificate was superseded by a newer version. */
  superseded?: readonly number[];
  /** On a suspension list: the indexes whose suspension ends at a known time. */
  suspendedUntil?: readonly { index: number; until: Date | string }[];
};

/** Options for {@link buildStatusReasonsCredential}. */
export type BuildStatusReasonsCredentialOptions = {
  /** The status list credential the reasons explain; the companion is published at {@link statusReasonsUrl} of it. */
  listUrl: string;
  issuer: string;
  purpose: StatusPurpose;
  /** The list's size, so that the superseded bitstring has the same shape as the list. */
  size: number;
  reasons: StatusReasons;
  validFrom: Date | string;
  validUntil: Date | string;
  signer: W3cSigner;
  documentLoader: DocumentLoader;
  created?: Date | string;
};

import { STATUS_REASONS_SUBJECT_TYPE, STATUS_REASONS_TYPE, statusReasonsUrl } from "./read-status-reason.ts";

const VC_V2 = "https://www.w3.org/ns/credentials/v2";
// The companion's own terms, inline so that no context has to be fetched or bundled to read it.
const REASONS_CONTEXT = { "@vocab": "urn:vax:status-list-reasons#" };
const isoSeconds = (value: Date | string): string =>
  typeof value === "string" ? value : value.toISOString().replace(/\.\d{3}Z$/, "Z");
/**
 * Builds and signs the companion of a status list: a VC 2.0 credential (its own terms in an inline vocabulary) naming the list and carrying the reasons. Supersessions are a bitstring of the
 * list's own size, so the document stays a few hundred bytes however many certificates were corrected, and says
 * nothing the list does not (which bits are set); suspension ends are listed, as only lifted suspensions leave it.
 */
export const buildStatusReasonsCredential = async (
  options: BuildStatusReasonsCredentialOptions,
): Promise<Record<string, unknown>> => {
  const subject: Record<string, unknown> = {
    id: `${statusReasonsUrl(options.listUrl)}#reasons`,
    type: STATUS_REASONS_SUBJECT_TYPE,
    reasonsFor: options.listUrl,
    statusPurpose: options.purpose,
  };
  if (options.purpose === "revocation") {
    const superseded = createStatusList({ size: options.size });
    for (const index of options.reasons.superseded ?? []) setStatus(superseded, index, true);
    subject.supersededList = encodeStatusList(superseded);
  } else {
    subject.suspendedUntil = [...(options.reasons.suspendedUntil ?? [])]
      .sort((a, b) => a.index - b.index)
      .map(({ index, until }) => ({ statusListIndex: String(index), until: isoSeconds(until) }));
  }
  return signW3cCredential({
    credential: {
      "@context": [VC_V2, REASONS_CONTEXT],
      id: statusReasonsUrl(options.listUrl),
      type: ["VerifiableCredential", STATUS_REASONS_TYPE],
      issuer: options.issuer,
      validFrom: isoSeconds(options.validFrom),
      validUntil: isoSeconds(options.validUntil),
      credentialSubject: subject,
    },
    signer: options.signer,
    documentLoader: options.documentLoader,
    created: options.created,
  });
};
