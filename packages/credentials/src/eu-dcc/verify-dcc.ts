import { decodeBase45 } from "../codecs/base45.ts";
import { inflate } from "../codecs/zlib.ts";
import { InputTooLargeError, MAX_DCC_INFLATED_BYTES } from "../limits.ts";
import { type CoseSign1, coseKid, decodeCoseSign1 } from "./cose.ts";
import {
  type Claims,
  checkKeyUsage,
  checkValidity,
  type DccCheck,
  type DccCheckName,
  type DccVerification,
  decodeClaims,
  type VerifyDccOptions,
  verifySignature,
} from "./dcc-checks.ts";
import { DCC_PREFIX } from "./issue-dcc.ts";
import { createDccTrustStore, type TrustedDsc, toHex } from "./trust-store.ts";
import { validateDccSchema, validateDccValueSets } from "./validate-payload.ts";

export type { DccCheck, DccCheckName, DccVerification, VerifyDccOptions } from "./dcc-checks.ts";

const runChecks = async (text: string, options: VerifyDccOptions, result: DccVerification): Promise<void> => {
  const pass = (name: DccCheckName, reason: string): void => {
    result.checks.push({ name, status: "passed", reason });
  };
  const fail = (name: DccCheckName, reason: string): void => {
    result.checks.push({ name, status: "failed", reason });
  };
  // A refusal for size says so plainly, and is marked, so that a server can answer 413 rather than "damaged".
  const failToRead = (name: DccCheckName, what: string, error: unknown): void => {
    if (error instanceof InputTooLargeError) result.tooLarge = true;
    fail(name, error instanceof InputTooLargeError ? `${error.message}.` : `${what}: ${(error as Error).message}.`);
  };
  const trimmed = text.trim();
  if (!trimmed.startsWith(DCC_PREFIX)) {
    return fail(
      "prefix",
      `The text does not start with "${DCC_PREFIX}" (it starts with "${trimmed.slice(0, 4)}"), so it is not an EU Digital COVID Certificate.`,
    );
  }
  pass("prefix", `Starts with "${DCC_PREFIX}".`);
  let compressed: Uint8Array;
  try {
    compressed = decodeBase45(trimmed.slice(DCC_PREFIX.length));
    pass("base45", "The QR text is valid base45.");
  } catch (error) {
    return failToRead("base45", "The QR text is damaged", error);
  }
  let cose: Uint8Array;
  try {
    cose = inflate(compressed, { maxBytes: MAX_DCC_INFLATED_BYTES, what: "The EU DCC's signed message" });
    pass("zlib", "The content decompresses.");
  } catch (error) {
    return failToRead("zlib", "The content cannot be decompressed", error);
  }
  let message: CoseSign1;
  try {
    message = decodeCoseSign1(cose);
    pass("cose", "The content is a COSE_Sign1 signed message.");
  } catch (error) {
    return failToRead("cose", "The signed message is malformed", error);
  }
  let claims: Claims | undefined;
  try {
    claims = decodeClaims(message.payload);
    pass("cwt", "The signed content holds an EU DCC.");
    result.payload = claims.payload;
    if (typeof claims.iss === "string") result.issuer = claims.iss;
    if (typeof claims.iat === "number") result.issuedAt = new Date(claims.iat * 1000);
    if (typeof claims.exp === "number") result.expiresAt = new Date(claims.exp * 1000);
    const nam = claims.payload.nam ?? {};
    result.subject = {
      name: [nam.gn ?? nam.gnt, nam.fn ?? nam.fnt].filter(Boolean).join(" "),
      dateOfBirth: String(claims.payload.dob ?? ""),
    };
  } catch (error) {
    failToRead("cwt", "The signed content is not a readable DCC", error);
  }
  const kid = coseKid(message);
  const store = options.trustStore ?? (await createDccTrustStore(options.trustedCertificates ?? []));
  const candidates = kid ? (store.byKid.get(toHex(kid)) ?? []) : [];
  if (kid) result.kid = toHex(kid);
  if (candidates.length === 0) {
    const why = kid ? `No trusted Document Signer Certificate has the kid ${toHex(kid)}` : "The message names no kid";
    fail(
      "kid",
      `${why}, so the issuer is not trusted.${store.unreadable.length ? ` Also: ${store.unreadable.join("; ")}.` : ""}`,
    );
  } else {
    pass("kid", `Signed by trusted Document Signer "${candidates[0]?.certificate.subject}".`);
    let signature: DccCheck | undefined;
    let signer = candidates[0] as TrustedDsc;
    for (const dsc of candidates) {
      signature = await verifySignature(message, dsc);
      signer = dsc;
      if (signature.status === "passed") break;
    }
    result.checks.push(signature as DccCheck);
    if (claims) result.checks.push(checkKeyUsage(claims.payload, signer));
  }
  if (!claims) return;
  result.checks.push(checkValidity(claims, options.now ?? new Date()));
  const schema = validateDccSchema(claims.payload);
  if (schema.ok) pass("schema", "The DCC matches the EU DCC schema 1.3.");
  else fail("schema", `The DCC does not match the EU DCC schema: ${schema.errors.join("; ")}.`);
  const codes = validateDccValueSets(claims.payload);
  if (codes.ok) pass("value sets", "Every code is in the EU value sets.");
  else fail("value sets", `Unknown codes: ${codes.errors.join("; ")}.`);
};

const ORDER: DccCheckName[] = [
  "prefix",
  "base45",
  "zlib",
  "cose",
  "cwt",
  "kid",
  "signature",
  "key usage",
  "validity period",
  "schema",
  "value sets",
];

/** Verifies `HC1:` QR text step by step and returns every named check; never throws. */
export const verifyDcc = async (text: string, options: VerifyDccOptions = {}): Promise<DccVerification> => {
  const result: DccVerification = { verified: false, format: "eu-dcc", checks: [] };
  try {
    await runChecks(typeof text === "string" ? text : String(text), options, result);
  } catch (error) {
    result.checks.push({
      name: "cose",
      status: "failed",
      reason: `Unexpected error while reading the certificate: ${(error as Error).message}.`,
    });
  }
  // Checks never reached are listed as skipped so that every result names the same checks.
  const firstFailed = result.checks.find((check) => check.status === "failed");
  for (const name of ORDER) {
    if (!result.checks.some((check) => check.name === name)) {
      result.checks.push({
        name,
        status: "skipped",
        reason: `Not checked because the ${firstFailed?.name ?? "earlier"} check failed.`,
      });
    }
  }
  result.checks.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name));
  result.verified =
    result.checks.every((check) => check.status !== "failed") &&
    result.checks.some((check) => check.name === "signature" && check.status === "passed");
  return result;
};
