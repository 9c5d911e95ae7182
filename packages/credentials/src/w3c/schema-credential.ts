import type { BitstringStatusListEntry } from "./issue-vaccination-credential.ts";

const VC_V2 = "https://www.w3.org/ns/credentials/v2";
// XSD dateTimeStamp without milliseconds, the form the VC examples and our vaccination credentials use.
const isoSeconds = (value: Date): string => value.toISOString().replace(/\.\d{3}Z$/, "Z");

/** What an unsigned credential of a schema version says. */
export type BuildSchemaCredentialOptions = {
  /** The URL of the schema version's JSON-LD context. */
  contextUrl: string;
  /** The credential's id, e.g. `urn:vax:certificate:<id>`. */
  id: string;
  credentialType: string;
  issuer: string;
  validFrom: Date;
  validUntil?: Date;
  credentialSubject: Record<string, unknown>;
  credentialStatus?: BitstringStatusListEntry[];
};

/** Builds the unsigned VC 2.0 credential of a schema version (pure JSON, no proof). */
export const buildSchemaCredential = (options: BuildSchemaCredentialOptions): Record<string, unknown> => ({
  "@context": [VC_V2, options.contextUrl],
  id: options.id,
  type: ["VerifiableCredential", options.credentialType],
  issuer: options.issuer,
  validFrom: isoSeconds(options.validFrom),
  ...(options.validUntil ? { validUntil: isoSeconds(options.validUntil) } : {}),
  credentialSubject: options.credentialSubject,
  ...(options.credentialStatus?.length ? { credentialStatus: options.credentialStatus } : {}),
});
