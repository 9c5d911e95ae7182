/** The named checks every verification result lists, in this order. */
export const CHECK_NAMES = [
  "decode",
  "format",
  "signature",
  "issuer trusted",
  "key status",
  "validity period",
  "revocation",
  "suspension",
  "schema",
  "rules",
] as const;

/** The name of one verification check. */
export type CheckName = (typeof CHECK_NAMES)[number];

/** The outcome of one check: "skipped" when it does not apply or could not be reached. */
export type CheckStatus = "passed" | "failed" | "skipped";

/** One named check with a reason a person checking a certificate can read. */
export type VerifyCheck = { name: CheckName; status: CheckStatus; reason: string };

/** The certificate formats the verifier recognises; "unknown" when the input could not be read as any. */
export type CredentialFormat = "w3c" | "divoc" | "eu-dcc" | "shc" | "vds-nc" | "unknown";

/** One dose as the certificate states it; fields a format lacks are left out. */
export type Dose = {
  vaccine?: string;
  manufacturer?: string;
  date?: string;
  dose?: number | string;
  totalDoses?: number | string;
  batch?: string;
  country?: string;
  facility?: string;
};

/** One stated fact of a credential's subject, labelled for people: what a PDF prints and a citizen or verifier reads. */
export type SubjectField = {
  /** The field's path joined by `_` (`facility_name`): how template labels and field lists name it. */
  key: string;
  /** The JSON Schema's `title` for it, else its name in words ("sampleOrigin" → "Sample origin"). */
  label: string;
  value: string;
  kind: "text" | "date";
};

/** How a verifier shows a schema's credentials: its title and the subject fields (dotted paths) it shows, labelled. */
export type CredentialDisplay = {
  title: string;
  fields: { path: string; label: string; kind: "text" | "date" }[];
};

/** The holder as the certificate names them; only given once the signature passed. */
export type Subject = {
  name?: string;
  birthDate?: string;
  /** The identity document the certificate is tied to (an ICAO VDS-NC seal names the holder's passport number). */
  documentNumber?: string;
  doses: Dose[];
  /** A credential other than a vaccination (a test report): its schema's title, shown as what it is. */
  title?: string;
  /** Set for the platform's built-in test report, whose title and field names a verifier has in every language. */
  builtInSchema?: "test-report";
  /** What such a credential states beyond its holder, as its schema shows it to a verifier. */
  fields?: SubjectField[];
};

/** The issuer the certificate names, with the trust list's name for it when trusted. */
export type Issuer = { id: string; name?: string; country?: string };

/** The verification result, in the shape of the verify API in docs/architecture.md. */
export type VerifyResult = {
  verified: boolean;
  format: CredentialFormat;
  issuer: Issuer | null;
  subject: Subject | null;
  checks: VerifyCheck[];
  /**
   * Set when the issuer's status lists say the certificate is revoked, superseded or suspended; the holder is then
   * withheld (subject null), so that no one reads a withdrawn certificate's details as valid.
   */
  standing?: CertificateStanding;
  /** Each business rule that was evaluated (destination's acceptance rules, issuer's invalidation rules). */
  rules?: RuleOutcome[];
  /** Set when the input was refused unread for its size (a limit of limits.ts), so a server can answer 413. */
  tooLarge?: true;
};

/**
 * A business rule in the EU DCC rule format (CertLogic logic), as the EU gateway distributes them; a tenant's own
 * validity rules take the same shape (Type "Invalidation", Country the tenant's).
 */
export type BusinessRule = {
  Identifier: string;
  Type: "Acceptance" | "Invalidation";
  Country: string;
  Region?: string;
  Version: string;
  SchemaVersion: string;
  Engine: string;
  EngineVersion: string;
  CertificateType: "General" | "Vaccination" | "Test" | "Recovery";
  Description: { lang: string; desc: string }[];
  ValidFrom: string;
  ValidTo: string;
  AffectedFields: string[];
  Logic: unknown;
};

/** How one rule judged a certificate: "not applicable" when its logic does not concern this certificate. */
export type RuleOutcome = {
  id: string;
  version: string;
  type: "acceptance" | "invalidation";
  country: string;
  description: string;
  status: "passed" | "failed" | "not applicable";
  /** Why, in plain words, when the rule could not be evaluated or failed. */
  reason?: string;
};

/** One public key of a trusted issuer, in one of the trust list's key forms. */
export type TrustKey =
  | { kid?: string; publicKeyPem: string }
  | { kid?: string; publicKeyJwk: JsonWebKey & { kid?: string } }
  | { kid?: string; publicKeyMultibase: string }
  | { kid?: string; certificate: string };

/** A key its issuer revoked: what it signed fails the "key status" check with this reason. */
export type RevokedKey = { kid: string; reason: string; revokedAt?: string };

/**
 * One trusted issuer: the identifiers a credential may name for it and its public keys; the keys
 * it revoked, and when it was deactivated (its certificates then no longer count), if it was.
 */
export type TrustedIssuer = {
  name: string;
  country?: string;
  ids: string[];
  keys: TrustKey[];
  revokedKeys?: RevokedKey[];
  deactivatedAt?: string;
  /**
   * Country signing CA certificates (PEM or base64 DER) this issuer's document signers chain to: an ICAO VDS-NC
   * seal's signer must chain to one, and an imported DSC list is checked against them.
   */
  cscas?: string[];
  /** A deployment's own copies of JSON-LD contexts by URL, so its credentials are read without fetching them. */
  contexts?: Record<string, unknown>;
  /** How its credential schemas are shown to a verifier, by credential type. */
  schemas?: Record<string, CredentialDisplay>;
};

/**
 * The trust list of the contracts in docs/architecture.md; a published list says when it was made and until when a
 * verifier may rely on a kept copy of it.
 */
export type TrustList = { issuers: TrustedIssuer[]; issuedAt?: string; validUntil?: string };

/** What the status callback is asked: is this certificate's revocation or suspension bit set? */
export type StatusQuery = {
  purpose: "revocation" | "suspension";
  format: Exclude<CredentialFormat, "unknown">;
  issuer?: string;
  /** The certificate's own identifier: W3C/DIVOC id, DCC UVCI, SHC rid. */
  id?: string;
  /** The W3C `credentialStatus` entry for this purpose, when the credential has one. */
  entry?: Record<string, unknown>;
  /** The signer's key id: a DCC's kid (base64), an SHC's kid; revocation lists are kept per key. */
  kid?: string;
  /** A DCC's revocation hashes (hex, by the EU revocation specification's hash types). */
  dccHashes?: Record<"SIGNATURE" | "UCI" | "COUNTRYCODEUCI", string>;
};

/**
 * A status answer with the reason the issuer published for a set bit: a revocation that is a supersession (a
 * corrected certificate replaced this one), or when a suspension ends.
 */
export type StatusFinding = { set: boolean; superseded?: boolean; until?: string };

/**
 * Answers true (or a finding that is set) when revoked/suspended, false when not, undefined when the list does not
 * cover the certificate.
 */
export type StatusLookup = (
  query: StatusQuery,
) => boolean | undefined | StatusFinding | Promise<boolean | undefined | StatusFinding>;

/** Why a certificate whose signature holds is still not valid: its issuer revoked, replaced or suspended it. */
export type CertificateStanding =
  | { state: "revoked" }
  | { state: "superseded" }
  | { state: "suspended"; until?: string };

/** Options of `verify`. */
export type VerifyOptions = {
  trust: TrustList;
  /** Status lists the caller holds; nothing is fetched. Without it revocation and suspension are skipped. */
  status?: StatusLookup;
  /** The time validity is judged at, default the current time. */
  now?: Date;
  /** Business rules the caller holds (its destination's and issuers'); without them the "rules" check is skipped. */
  rules?: BusinessRule[];
  /** The country (ISO 3166 alpha-2) whose acceptance rules apply; issuers' invalidation rules apply regardless. */
  destination?: string;
};
