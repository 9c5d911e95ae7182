import { InputTooLargeError } from "../limits.ts";
import { decodeBase64Url } from "./base64url.ts";
import { type DecodedShc, decodeShc, type ShcInput } from "./decode-shc.ts";
import { readShcFormat, type ShcFormatView } from "./shc-format.ts";

/** A public key as an issuer's `/.well-known/jwks.json` lists it. */
export type ShcJwk = JsonWebKey & { kid?: string; crlVersion?: number };

/** A JSON Web Key Set. */
export type ShcJwks = { keys: ShcJwk[] };

/** An issuer's revocation list for one key, as served at `/.well-known/crl/{kid}.json`. */
export type ShcCrl = { kid: string; method?: string; ctr?: number; rids: string[] };

/** Trust and context for a SMART Health Card check. */
export type VerifyShcOptions = {
  /** Trusted issuers: the `iss` URL each card names, mapped to that issuer's JWKS. */
  issuers?: Record<string, ShcJwks>;
  /** Keys trusted whatever `iss` the card names, for when the caller has already chosen the issuer. */
  jwks?: ShcJwks;
  /** The clock for nbf/exp; defaults to the current time. */
  now?: Date;
  /** Revoked `rid` values, each optionally `rid.timestamp` (only cards issued before that second). */
  revokedRids?: readonly string[];
  /** Issuer CRLs; only the one whose kid signed the card applies. */
  crls?: readonly ShcCrl[];
};

/** One named verification step. */
export type ShcCheck = {
  name: "decode" | "format" | "issuerTrusted" | "keyStatus" | "signature" | "validityPeriod" | "revocation";
  status: "passed" | "failed" | "skipped";
  reason: string;
};

/** The outcome of checking a SMART Health Card: verified only if no check failed and the signature passed. */
export type ShcVerification = {
  verified: boolean;
  format: "shc";
  issuer?: string;
  /** The kid of the key the card says signed it. */
  kid?: string;
  subject?: { name: string; birthDate?: string };
  checks: ShcCheck[];
  payload?: unknown;
  /** True when the card was refused for its size (a limit of limits.ts), not for being damaged. */
  tooLarge?: boolean;
};

const check = (name: ShcCheck["name"], status: ShcCheck["status"], reason: string): ShcCheck => ({
  name,
  status,
  reason,
});

const encoder = new TextEncoder();

const keyCache = new WeakMap<ShcJwk, Promise<CryptoKey>>();
const importVerifyKey = (jwk: ShcJwk): Promise<CryptoKey> => {
  let key = keyCache.get(jwk);
  if (!key) {
    const { kty, crv, x, y } = jwk;
    key = crypto.subtle.importKey("jwk", { kty, crv, x, y }, { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
    keyCache.set(jwk, key);
  }
  return key;
};

const findKey = (
  view: ShcFormatView,
  options: VerifyShcOptions,
): { issuerCheck: ShcCheck; keyCheck: ShcCheck; key?: ShcJwk } => {
  const { iss, kid } = view;
  const issuerKeys = iss ? options.issuers?.[iss] : undefined;
  let issuerCheck: ShcCheck;
  let keys: ShcJwk[] = [];
  if (issuerKeys) {
    issuerCheck = check("issuerTrusted", "passed", `issuer ${iss} is in the trust list`);
    keys = issuerKeys.keys;
  } else if (options.jwks) {
    issuerCheck = check("issuerTrusted", "passed", `issuer ${iss ?? "(none)"} accepted through the key set given`);
    keys = options.jwks.keys;
  } else {
    const why = options.issuers ? `issuer ${iss ?? "(none)"} is not in the trust list` : "no trusted issuers given";
    return { issuerCheck: check("issuerTrusted", "failed", why), keyCheck: check("keyStatus", "skipped", why) };
  }
  const key = kid ? keys.find((k) => k.kid === kid) : undefined;
  if (!key) {
    const why = kid ? `no key with kid ${kid} in the issuer's key set` : "the card names no kid";
    return { issuerCheck, keyCheck: check("keyStatus", "failed", why) };
  }
  if (key.kty !== "EC" || key.crv !== "P-256" || (key.alg !== undefined && key.alg !== "ES256")) {
    return { issuerCheck, keyCheck: check("keyStatus", "failed", `key ${kid} is not an ES256 (EC P-256) key`) };
  }
  return { issuerCheck, keyCheck: check("keyStatus", "passed", `key ${kid} found in the issuer's key set`), key };
};

const checkSignature = async (decoded: DecodedShc, key: ShcJwk): Promise<ShcCheck> => {
  const [header, payload, signature] = decoded.jws.split(".") as [string, string, string];
  const bytes = decodeBase64Url(signature);
  if (bytes.length !== 64) return check("signature", "failed", "the ES256 signature is not 64 bytes");
  const ok = await crypto.subtle.verify(
    { name: "ECDSA", hash: "SHA-256" },
    await importVerifyKey(key),
    bytes,
    encoder.encode(`${header}.${payload}`),
  );
  return ok
    ? check("signature", "passed", `signed by key ${key.kid}`)
    : check(
        "signature",
        "failed",
        "the signature does not match the content: the card was altered or signed by another key",
      );
};

const iso = (seconds: number): string => new Date(seconds * 1000).toISOString();

const checkValidity = (view: ShcFormatView, now: Date): ShcCheck => {
  const t = now.getTime() / 1000;
  if (view.nbf === undefined) return check("validityPeriod", "failed", "the card has no issuance time (nbf)");
  if (view.nbf > t) return check("validityPeriod", "failed", `the card is not valid before ${iso(view.nbf)}`);
  if (view.exp !== undefined && view.exp <= t)
    return check("validityPeriod", "failed", `the card expired on ${iso(view.exp)}`);
  return check(
    "validityPeriod",
    "passed",
    `issued ${iso(view.nbf)}${view.exp ? `, valid until ${iso(view.exp)}` : ""}`,
  );
};

const checkRevocation = (view: ShcFormatView, options: VerifyShcOptions): ShcCheck => {
  const crls = (options.crls ?? []).filter((crl) => crl.kid === view.kid);
  if (!options.revokedRids && crls.length === 0)
    return check("revocation", "skipped", "no revocation list given for this key");
  if (!view.rid) return check("revocation", "skipped", "the card carries no rid, so it cannot be revoked by rid");
  const entries = [...(options.revokedRids ?? []), ...crls.flatMap((crl) => crl.rids)];
  for (const entry of entries) {
    const [rid, until] = entry.split(".");
    if (rid !== view.rid) continue;
    if (until === undefined) return check("revocation", "failed", `the card (rid ${rid}) has been revoked`);
    // "rid.t" revokes only cards issued before t, so a re-issued card for the same person stays good.
    if ((view.nbf ?? 0) < Number(until)) {
      return check(
        "revocation",
        "failed",
        `the card (rid ${rid}) issued before ${iso(Number(until))} has been revoked`,
      );
    }
  }
  return check("revocation", "passed", `rid ${view.rid} is not on the revocation list`);
};

const verifyDecoded = async (decoded: DecodedShc, options: VerifyShcOptions): Promise<ShcVerification> => {
  const view = readShcFormat(decoded);
  const checks: ShcCheck[] = [check("decode", "passed", `read from ${decoded.source}`), view.check];
  const { issuerCheck, keyCheck, key } = findKey(view, options);
  checks.push(issuerCheck, keyCheck);
  checks.push(
    key
      ? await checkSignature(decoded, key)
      : check(
          "signature",
          "skipped",
          issuerCheck.status === "failed"
            ? "not checked: the issuer is not on the trust list"
            : "no trusted key to check it with",
        ),
  );
  checks.push(checkValidity(view, options.now ?? new Date()), checkRevocation(view, options));
  const verified =
    checks.every((c) => c.status !== "failed") && checks.some((c) => c.name === "signature" && c.status === "passed");
  const { iss: issuer, kid, subject } = view;
  return { verified, format: "shc", issuer, ...(kid ? { kid } : {}), subject, checks, payload: decoded.payload };
};

const allSkipped = ["format", "issuerTrusted", "keyStatus", "signature", "validityPeriod", "revocation"] as const;

/** Checks a SMART Health Card given as `shc:/` text, a compact JWS or a `.smart-health-card` file; never throws. */
export const verifyShc = async (input: ShcInput, options: VerifyShcOptions = {}): Promise<ShcVerification> => {
  let decoded: DecodedShc;
  try {
    decoded = decodeShc(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const skipped = allSkipped.map((name) => check(name, "skipped", "the card could not be read"));
    return {
      verified: false,
      format: "shc",
      checks: [check("decode", "failed", reason), ...skipped],
      ...(error instanceof InputTooLargeError ? { tooLarge: true } : {}),
    };
  }
  try {
    return await verifyDecoded(decoded, options);
  } catch (error) {
    const reason = `unexpected error while checking: ${error instanceof Error ? error.message : String(error)}`;
    return {
      verified: false,
      format: "shc",
      checks: [check("decode", "passed", `read from ${decoded.source}`), check("format", "failed", reason)],
    };
  }
};
