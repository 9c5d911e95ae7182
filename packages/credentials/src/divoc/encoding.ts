// Browser-safe byte helpers: the verify side must run without Node's Buffer.

/** Decodes standard or URL-safe base64, with or without padding. */
export const decodeBase64 = (text: string): Uint8Array<ArrayBuffer> => {
  const standard = text.replace(/-/g, "+").replace(/_/g, "/").replace(/\s+/g, "");
  const binary = atob(standard.padEnd(Math.ceil(standard.length / 4) * 4, "="));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
};

/** Encodes bytes as standard base64 with padding. */
export const encodeBase64 = (bytes: Uint8Array): string => {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** Encodes bytes as base64url without padding, as JWS needs. */
export const encodeBase64Url = (bytes: Uint8Array): string =>
  encodeBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

/** Returns the DER bytes and label of the first PEM block in the text. */
export const pemToDer = (pem: string): { label: string; der: Uint8Array<ArrayBuffer> } => {
  const match = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(pem);
  if (!match?.[1] || match[2] === undefined) throw new Error("The key is not in PEM format (no BEGIN/END lines).");
  return { label: match[1], der: decodeBase64(match[2]) };
};

/** Wraps DER bytes in a PEM block with 64-character lines. */
export const derToPem = (der: Uint8Array, label: string): string => {
  const lines = encodeBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
};

const derLength = (length: number): number[] => {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return [0x80 | bytes.length, ...bytes];
};

const derNode = (tag: number, content: Uint8Array): Uint8Array<ArrayBuffer> =>
  Uint8Array.from([tag, ...derLength(content.length), ...content]);

// AlgorithmIdentifier { rsaEncryption, NULL }
const RSA_ALGORITHM = Uint8Array.from([
  0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
]);

/** Wraps a PKCS#1 RSAPrivateKey in PKCS#8, the only private-key form WebCrypto imports. */
export const pkcs1ToPkcs8 = (pkcs1: Uint8Array): Uint8Array<ArrayBuffer> => {
  const version = Uint8Array.from([0x02, 0x01, 0x00]);
  const octets = derNode(0x04, pkcs1);
  return derNode(0x30, Uint8Array.from([...version, ...RSA_ALGORITHM, ...octets]));
};

/** Concatenates byte arrays. */
export const concatBytes = (...parts: Uint8Array[]): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};
