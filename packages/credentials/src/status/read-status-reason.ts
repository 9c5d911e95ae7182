// The verify-side files only: this runs in the checker's browser, where the signer's node:crypto is not.
import type { DocumentLoader } from "../w3c/document-loader.ts";
import { verifyW3cCredential } from "../w3c/verify-w3c-credential.ts";
import { decodeStatusList, getStatus } from "./bitstring.ts";
import type { StatusPurpose } from "./status-list-credential.ts";

/** The type of a status list's companion credential, and of its subject. */
export const STATUS_REASONS_TYPE = "StatusListReasonsCredential";
export const STATUS_REASONS_SUBJECT_TYPE = "StatusListReasons";

/** What a verified companion says about one set bit of its list. */
export type StatusReason = { superseded: true } | { until: string } | undefined;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Where the companion of a status list is published: beside the list, so that it needs no link inside the list. */
export const statusReasonsUrl = (listUrl: string): string => `${listUrl}/reasons`;

/** Options for {@link readStatusReason}. */
export type ReadStatusReasonOptions = {
  companion: unknown;
  listUrl: string;
  /** The issuer of the list: a companion signed by anyone else is ignored. */
  issuer: string;
  purpose: StatusPurpose;
  index: number;
  documentLoader: DocumentLoader;
  now: Date;
};

/**
 * Reads why bit `index` of a list is set from its companion, once the companion's signature, issuer, list,
 * purpose and validity check out; undefined when the companion says nothing usable (the bit's plain meaning,
 * revoked or suspended, then stands).
 */
export const readStatusReason = async (options: ReadStatusReasonOptions): Promise<StatusReason> => {
  const { companion, now } = options;
  if (!isObject(companion)) return undefined;
  const issuer = isObject(companion.issuer) ? companion.issuer.id : companion.issuer;
  const subject = companion.credentialSubject;
  if (
    issuer !== options.issuer ||
    ![companion.type].flat().includes(STATUS_REASONS_TYPE) ||
    !isObject(subject) ||
    subject.reasonsFor !== options.listUrl ||
    subject.statusPurpose !== options.purpose
  ) {
    return undefined;
  }
  const from = Date.parse(String(companion.validFrom));
  const until = Date.parse(String(companion.validUntil));
  if (!(from <= now.getTime() && now.getTime() < until)) return undefined;
  const verification = await verifyW3cCredential({ credential: companion, documentLoader: options.documentLoader });
  if (!verification.verified) return undefined;
  if (options.purpose === "revocation") {
    if (typeof subject.supersededList !== "string") return undefined;
    try {
      const superseded = decodeStatusList(subject.supersededList);
      return options.index < superseded.size && getStatus(superseded, options.index) ? { superseded: true } : undefined;
    } catch {
      return undefined;
    }
  }
  const entry = [subject.suspendedUntil]
    .flat()
    .find((candidate) => isObject(candidate) && candidate.statusListIndex === String(options.index));
  return isObject(entry) && typeof entry.until === "string" && !Number.isNaN(Date.parse(entry.until))
    ? { until: entry.until }
    : undefined;
};
