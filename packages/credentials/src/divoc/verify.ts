import { Ed25519Signature2018 } from "@digitalbazaar/ed25519-signature-2018";
import { Ed25519Signature2020 } from "@digitalbazaar/ed25519-signature-2020";
import { signatureValueProblem } from "../limits.ts";
import type { DivocCredential } from "./credential.ts";
import { CREDENTIALS_V1_URL, createDivocDocumentLoader, unknownContexts } from "./document-loader.ts";
import { assertionPurpose, jsigs } from "./jsigs.ts";
import {
  controllerFor,
  type DivocPublicKey,
  type ResolvedKey,
  resolvePublicKey,
  verificationMethodFor,
} from "./keys.ts";
import { readDivocQr } from "./qr.ts";
import { RsaSignature2018 } from "./rsa-signature-2018.ts";

/** The outcome of one named check. */
export type CheckStatus = "passed" | "failed" | "skipped";

/** One named check of a DIVOC certificate, with a reason a person can read. */
export type DivocCheck = {
  name: "decode" | "format" | "issuer trusted" | "signature";
  status: CheckStatus;
  reason: string;
};

/** What {@link verifyDivocCredential} answers; `verified` is true only when every check passed. */
export type DivocVerifyResult = {
  verified: boolean;
  format: "divoc";
  issuer?: string;
  subject?: string;
  credential?: DivocCredential;
  checks: DivocCheck[];
};

/** Options of {@link verifyDivocCredential}. */
export type DivocVerifyOptions = {
  /** Keys of trusted issuers, each under the verification-method string it answers for. */
  keys: DivocPublicKey[];
  namespaces?: Record<string, "v1" | "v2">;
  /** The issuer's own JSON-LD context documents by URL (from its trust entry); nothing is ever fetched. */
  contexts?: Record<string, unknown>;
};

const KEY_KIND: Record<string, ResolvedKey["kind"]> = {
  RsaSignature2018: "rsa",
  Ed25519Signature2018: "ed25519",
  Ed25519Signature2020: "ed25519",
};

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const decode = (input: unknown): Record<string, unknown> => {
  if (typeof input === "string") {
    const text = input.trim();
    return text.startsWith("{") ? JSON.parse(text) : readDivocQr(input);
  }
  if (input instanceof Uint8Array) return readDivocQr(input);
  const record = asRecord(input);
  if (!record) throw new Error("Expected JSON, QR text or QR bytes.");
  return record;
};

// Answers why the document is not a DIVOC certificate we can check, or nothing when it is one.
const formatProblem = (credential: Record<string, unknown>): string | undefined => {
  const context = credential["@context"];
  if (!Array.isArray(context) || context[0] !== CREDENTIALS_V1_URL) {
    return `It is not a W3C Verifiable Credential 1.1: its first @context is not ${CREDENTIALS_V1_URL}.`;
  }
  if (!Array.isArray(credential.type) || !credential.type.includes("VerifiableCredential")) {
    return 'Its type does not include "VerifiableCredential".';
  }
  const proof = asRecord(credential.proof);
  if (!proof) return "It carries no proof (it was never signed, or the signature was removed).";
  if (typeof proof.type !== "string" || !KEY_KIND[proof.type]) {
    return `Its proof type "${String(proof.type)}" is not one DIVOC used (${Object.keys(KEY_KIND).join(", ")}).`;
  }
  if (typeof proof.verificationMethod !== "string") return "Its proof names no verification method.";
  return signatureValueProblem(proof);
};

const suiteFor = (proofType: string) => {
  if (proofType === "RsaSignature2018") return new RsaSignature2018();
  if (proofType === "Ed25519Signature2020") return new Ed25519Signature2020();
  return new Ed25519Signature2018();
};

const signatureReason = (error: string | undefined): string => {
  if (!error || error === "Invalid signature.") {
    return "The signature does not match the content: the certificate was changed after signing, or another key signed it.";
  }
  return `The signature could not be checked: ${error}`;
};

const checkSignature = async (credential: Record<string, unknown>, key: ResolvedKey, options: DivocVerifyOptions) => {
  const proofType = String(asRecord(credential.proof)?.type);
  const documentLoader = createDivocDocumentLoader({
    verificationMethods: [verificationMethodFor(key, proofType)],
    namespaces: options.namespaces,
    contexts: options.contexts,
  });
  const purpose = assertionPurpose(controllerFor(key));
  const result = await jsigs.verify(credential, { suite: suiteFor(proofType), purpose, documentLoader });
  const error = result.results?.find((r) => r.error)?.error ?? result.error?.errors?.[0] ?? result.error;
  return { verified: result.verified, error: error ? message(error) : undefined };
};

const skip = (reason: string) => ({ status: "skipped" as const, reason });

/** Checks a DIVOC certificate (JSON, QR text or QR bytes) against trusted keys; never throws. */
export const verifyDivocCredential = async (
  input: unknown,
  options: DivocVerifyOptions,
): Promise<DivocVerifyResult> => {
  const checks: DivocCheck[] = [];
  const done = (extra: Partial<DivocVerifyResult> = {}): DivocVerifyResult => ({
    verified: checks.length === 4 && checks.every((check) => check.status === "passed"),
    format: "divoc",
    ...extra,
    checks,
  });
  let credential: Record<string, unknown>;
  try {
    credential = decode(input);
    checks.push({ name: "decode", status: "passed", reason: "The certificate was read." });
  } catch (error) {
    checks.push({ name: "decode", status: "failed", reason: `The certificate could not be read: ${message(error)}` });
    const after = skip("Not checked: the certificate could not be read.");
    checks.push({ name: "format", ...after }, { name: "issuer trusted", ...after }, { name: "signature", ...after });
    return done();
  }
  const issuer =
    typeof credential.issuer === "string" ? credential.issuer : String(asRecord(credential.issuer)?.id ?? "");
  const name = asRecord(credential.credentialSubject)?.name;
  const found = {
    issuer,
    subject: typeof name === "string" ? name : undefined,
    credential: credential as DivocCredential,
  };
  try {
    const problem = formatProblem(credential);
    if (problem) {
      checks.push({ name: "format", status: "failed", reason: problem });
      const after = skip("Not checked: the document is not a DIVOC certificate.");
      checks.push({ name: "issuer trusted", ...after }, { name: "signature", ...after });
      return done(found);
    }
    const proof = asRecord(credential.proof) ?? {};
    const proofType = String(proof.type);
    const method = String(proof.verificationMethod);
    checks.push({ name: "format", status: "passed", reason: `A W3C VC 1.1 certificate signed with ${proofType}.` });

    const named = options.keys.filter((key) => key.id === method);
    const resolved = await Promise.all(named.map((key) => resolvePublicKey(key).catch(() => undefined)));
    const candidates = resolved.filter((key): key is ResolvedKey => key?.kind === KEY_KIND[proofType]);
    if (candidates.length === 0) {
      const reason = named.length
        ? `The trusted key "${method}" is not an ${KEY_KIND[proofType] === "rsa" ? "RSA" : "Ed25519"} key, but the certificate is signed with ${proofType}.`
        : `No trusted issuer has a key for the verification method "${method}" (issuer ${issuer || "not named"}).`;
      checks.push({ name: "issuer trusted", status: "failed", reason });
      // Nothing is canonicalised for an issuer the trust list does not hold: that is where a check's work lies.
      const notChecked = named.length
        ? "Not checked: the trusted key is not of the kind the proof needs."
        : "Not checked: the issuer is not on the trust list.";
      checks.push({ name: "signature", ...skip(notChecked) });
      return done(found);
    }
    checks.push({
      name: "issuer trusted",
      status: "passed",
      reason: `The key "${method}" belongs to a trusted issuer.`,
    });

    const unknown = unknownContexts(credential, options);
    if (unknown.length > 0) {
      const reason =
        `Its context "${unknown[0]}" is neither built into this verifier nor carried by its issuer's trust entry; ` +
        "contexts are never fetched, so the signature cannot be checked.";
      checks.push({ name: "signature", status: "failed", reason });
      return done(found);
    }
    let lastError: string | undefined;
    for (const key of candidates) {
      const outcome = await checkSignature(credential, key, options);
      if (outcome.verified) {
        checks.push({ name: "signature", status: "passed", reason: `The ${proofType} signature is valid.` });
        return done(found);
      }
      lastError = outcome.error;
    }
    checks.push({ name: "signature", status: "failed", reason: signatureReason(lastError) });
    return done(found);
  } catch (error) {
    // A bug or an input shape nobody foresaw still yields a result a checker can read.
    for (const name of ["format", "issuer trusted", "signature"] as const) {
      if (!checks.some((check) => check.name === name)) {
        checks.push({ name, status: "failed", reason: `The certificate could not be checked: ${message(error)}` });
      }
    }
    return done(found);
  }
};
