import {
  type CertificateStanding,
  CHECK_NAMES,
  type CheckName,
  type CheckStatus,
  type CredentialFormat,
  type Issuer,
  type Subject,
  type VerifyCheck,
  type VerifyResult,
} from "./types.ts";

/** The checks every later one relies on: once one fails, the checks after it are not checked. */
const GATES: CheckName[] = ["decode", "format", "signature", "issuer trusted"];
const notCheckedAfter = (gate: CheckName): string => `Not checked, because the ${gate} check failed.`;

/** Collects the checks of one verification and turns them into the result. */
export type CheckList = {
  set: (name: CheckName, status: CheckStatus, reason: string) => void;
  get: (name: CheckName) => VerifyCheck | undefined;
  /** Records that the issuer revoked, replaced or suspended the certificate; revocation outranks suspension. */
  setStanding: (standing: CertificateStanding) => void;
  result: (format: CredentialFormat, issuer: Issuer | null, subject: Subject | null) => VerifyResult;
};

/** Makes an empty check list; a check set twice keeps its first answer, which is the more specific one. */
export const createCheckList = (): CheckList => {
  const checks = new Map<CheckName, VerifyCheck>();
  let standing: CertificateStanding | undefined;
  return {
    set: (name, status, reason) => {
      if (!checks.has(name)) checks.set(name, { name, status, reason });
    },
    get: (name) => checks.get(name),
    setStanding: (found) => {
      if (standing === undefined || standing.state === "suspended") standing = found;
    },
    result: (format, issuer, subject) => {
      const firstFailed = CHECK_NAMES.map((name) => checks.get(name)).find((check) => check?.status === "failed");
      const notReached = firstFailed
        ? `Not checked, because the ${firstFailed.name} check failed.`
        : "Not checked for this kind of certificate.";
      // Past a failed gate nothing the certificate says can be believed, so a check that depends on it is "not
      // checked", never "passed": a forged certificate must not read "issuer trusted" under a failed signature.
      const gate = GATES.map((name) => checks.get(name)).find((check) => check?.status === "failed");
      const after = gate ? CHECK_NAMES.indexOf(gate.name) : CHECK_NAMES.length;
      const list = CHECK_NAMES.map((name, at) => {
        const check = checks.get(name);
        if (!check) {
          return {
            name,
            status: "skipped" as const,
            reason: gate && at > after ? notCheckedAfter(gate.name) : notReached,
          };
        }
        // A failure found past the gate is still true; only a pass there is unfounded.
        if (gate && at > after && check.status === "passed") {
          return { name, status: "skipped" as const, reason: notCheckedAfter(gate.name) };
        }
        return check;
      });
      const passed = (name: CheckName) => checks.get(name)?.status === "passed";
      // A certificate is only good when a trusted key's signature was actually checked, never by default.
      const verified =
        list.every((check) => check.status !== "failed") && passed("signature") && passed("issuer trusted");
      // Personal data is shown only once a trusted issuer's signature proves it was not made up or altered:
      // anyone can sign with a key of their own, so a signature alone proves nothing about the holder.
      // A withdrawn certificate's holder is not shown at all: beside a signature that holds, a name reads as valid.
      const shown = passed("signature") && passed("issuer trusted") && standing === undefined;
      return {
        verified,
        format,
        issuer,
        subject: shown ? subject : null,
        checks: list,
        ...(standing ? { standing } : {}),
      };
    },
  };
};

/** An Error's message, or the value as text. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The value as a plain JSON object, or undefined. */
export const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** The value when it is a non-empty string. */
export const asText = (value: unknown): string | undefined =>
  typeof value === "string" && value.length > 0 ? value : undefined;

/** Ends a reason with a full stop, so module reasons read as sentences. */
export const sentence = (text: string): string => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

const readDate = (value: unknown): Date | undefined => {
  if (typeof value !== "string") return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** Judges a JSON credential's validFrom/validUntil (VC 2.0) or issuanceDate/expirationDate (VC 1.1) at now. */
export const checkJsonValidity = (credential: Record<string, unknown>, now: Date, list: CheckList): void => {
  const from = readDate(credential.validFrom ?? credential.issuanceDate);
  const until = readDate(credential.validUntil ?? credential.expirationDate);
  if (from && from > now) {
    list.set("validity period", "failed", `The certificate is not valid before ${from.toISOString()}.`);
  } else if (until && until < now) {
    list.set("validity period", "failed", `The certificate expired on ${until.toISOString()}.`);
  } else {
    const span = until ? `is valid until ${until.toISOString()}` : "has no expiry date";
    list.set("validity period", "passed", `The certificate ${span}.`);
  }
};
