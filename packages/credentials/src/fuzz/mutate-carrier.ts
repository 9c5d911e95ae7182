import { encode } from "cborg";
import { deflateSync, strFromU8, strToU8, zipSync, zlibSync } from "fflate";
import { decodeBase45, encodeBase45 } from "../codecs/base45.ts";
import { inflate, inflateRaw } from "../codecs/zlib.ts";
import { mangleDivocQr, readDivocQr } from "../divoc/qr.ts";
import { decodeCbor, decodeCoseSign1, encodeCoseSign1 } from "../eu-dcc/cose.ts";
import { decodeBase64Url, encodeBase64Url } from "../shc/base64url.ts";
import { decodeShcQr } from "../shc/numeric-qr.ts";
import { zipOf } from "./hostile-inputs.ts";
import { mutateJson, serialiseJson } from "./mutate-json.ts";
import { type Mutated, mutateBytes, mutateText } from "./mutate-text.ts";
import type { Rng } from "./prng.ts";
import type { FuzzSeed } from "./seed.ts";

// Mutations that open a seed's carrier (base45, zlib, ZIP, COSE, JWS, shc:/ digits), change what is inside
// (or nothing, to re-encode the same content another way) and close it again, so that the change reaches the
// decoders and checks behind the first ones.

const ANY_SIZE = { maxBytes: 16 * 1024 * 1024, what: "the seed" };
type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

const level = (rng: Rng): Level => rng.int(10) as Level;

/** Changes JSON text: its tree, its text, or nothing but the spacing. */
const mutateJsonText = (json: string, rng: Rng, other: string): Mutated<string> => {
  const choice = rng.int(3);
  if (choice === 0) return mutateText(json, rng, other);
  const tree = JSON.parse(json) as unknown;
  const changed = choice === 1 ? mutateJson(tree, rng) : { value: tree, what: "its content unchanged" };
  const text = serialiseJson(changed.value, rng);
  return { value: text.value, what: `${changed.what}, written ${text.what}` };
};

const nativeQr = (text: string, rng: Rng, other: string): Mutated<string> => {
  const zlib = decodeBase45(text);
  if (rng.chance(0.2)) {
    const damaged = mutateBytes(zlib, rng, zlib);
    return { value: encodeBase45(damaged.value), what: `zlib ${damaged.what}` };
  }
  const inner = mutateJsonText(strFromU8(inflate(zlib, ANY_SIZE)), rng, other);
  return { value: encodeBase45(zlibSync(strToU8(inner.value), { level: level(rng) })), what: `inside: ${inner.what}` };
};

const divocZip = (seed: FuzzSeed, rng: Rng, other: string): Mutated<FuzzSeed["input"]> => {
  const json = JSON.stringify(readDivocQr(seed.input as string | Uint8Array));
  const inner = rng.chance(0.15) ? { value: json, what: "its content unchanged" } : mutateJsonText(json, rng, other);
  const content = strToU8(inner.value);
  const rezipped = rng.chance(0.8)
    ? zipSync({ "certificate.json": content }, { level: level(rng), mtime: new Date("2021-01-01T00:00:00Z") })
    : zipOf({ data: deflateSync(content), claimedSize: rng.pick([content.length, 0, 0xffffffff, 1 << 30]) });
  const what = `inside the ZIP: ${inner.what}`;
  if (seed.kind === "divoc-zip") return { value: rezipped, what };
  if (rng.chance(0.5)) return { value: strFromU8(rezipped, true), what: `${what}, as scanned text` };
  return { value: strFromU8(mangleDivocQr(rezipped), true), what: `${what}, as mangled text` };
};

const dccQr = (text: string, rng: Rng): Mutated<string> => {
  const cose = inflate(decodeBase45(text.trim().slice(4)), ANY_SIZE);
  const message = decodeCoseSign1(cose);
  let rebuilt: Uint8Array;
  let what: string;
  switch (rng.int(6)) {
    case 0: {
      const claims = mutateJson(decodeCbor(message.payload), rng);
      rebuilt = encodeCoseSign1(message.protectedBytes, encode(claims.value), message.signature);
      what = `claims: ${claims.what}`;
      break;
    }
    case 1: {
      const header = mutateJson(decodeCbor(message.protectedBytes), rng);
      rebuilt = encodeCoseSign1(encode(header.value), message.payload, message.signature);
      what = `protected header: ${header.what}`;
      break;
    }
    case 2: {
      const signature = mutateBytes(message.signature, rng, message.payload);
      rebuilt = encodeCoseSign1(message.protectedBytes, message.payload, signature.value);
      what = `signature: ${signature.what}`;
      break;
    }
    case 3: {
      const bytes = mutateBytes(cose, rng, message.payload);
      rebuilt = bytes.value;
      what = `COSE bytes: ${bytes.what}`;
      break;
    }
    case 4:
      // The same signed content without the COSE_Sign1 tag: still the same signature over the same bytes.
      rebuilt = encode([message.protectedBytes, message.unprotectedHeader, message.payload, message.signature]);
      what = "untagged, its content unchanged";
      break;
    default:
      rebuilt = cose;
      what = "its content unchanged";
  }
  const compressed = zlibSync(rebuilt, { level: level(rng) });
  return { value: `HC1:${encodeBase45(compressed)}`, what: `${what}, recompressed` };
};

const jwsOf = (seed: FuzzSeed): string => {
  if (seed.kind === "shc-qr") return decodeShcQr(seed.input as string);
  if (seed.kind === "shc-jws") return seed.input as string;
  const file = (typeof seed.input === "string" ? JSON.parse(seed.input) : seed.input) as {
    verifiableCredential: string[];
  };
  return file.verifiableCredential[0] as string;
};

// shc:/ digits without the single-chunk length check, so that oversized cards are made too.
const toShcQr = (jws: string): string =>
  `shc:/${Array.from(jws, (char) => String(char.charCodeAt(0) - 45).padStart(2, "0")).join("")}`;

const shc = (seed: FuzzSeed, rng: Rng, other: string): Mutated<FuzzSeed["input"]> => {
  const [header = "", payload = "", signature = ""] = jwsOf(seed).split(".");
  let parts = [header, payload, signature];
  let what: string;
  const choice = rng.int(4);
  if (choice === 0) {
    const json = strFromU8(inflateRaw(decodeBase64Url(payload), ANY_SIZE));
    const inner = mutateJsonText(json, rng, other);
    parts = [header, encodeBase64Url(deflateSync(strToU8(inner.value), { level: level(rng) })), signature];
    what = `payload: ${inner.what}`;
  } else if (choice === 1) {
    const inner = mutateJsonText(strFromU8(decodeBase64Url(header)), rng, other);
    parts = [encodeBase64Url(strToU8(inner.value)), payload, signature];
    what = `header: ${inner.what}`;
  } else if (choice === 2) {
    const changed = mutateText(signature, rng, payload);
    parts = [header, payload, changed.value];
    what = `signature: ${changed.what}`;
  } else {
    const changed = mutateText(parts.join("."), rng, other);
    parts = [changed.value];
    what = `JWS: ${changed.what}`;
  }
  const jws = parts.join(".");
  if (seed.kind === "shc-qr") return { value: toShcQr(jws), what };
  if (seed.kind === "shc-jws") return { value: jws, what };
  const file = { verifiableCredential: [jws] };
  return seed.kind === "shc-file-object" ? { value: file, what } : { value: JSON.stringify(file), what };
};

/**
 * One mutation made inside the seed's carrier and closed again. Throws when the seed's carrier cannot be
 * opened (a hostile seed); the caller then mutates it from the outside.
 */
export const mutateCarrier = (seed: FuzzSeed, rng: Rng, other: string): Mutated<FuzzSeed["input"]> => {
  switch (seed.kind) {
    case "json-object": {
      const changed = mutateJson(seed.input, rng);
      return { value: changed.value as FuzzSeed["input"], what: changed.what };
    }
    case "json-text":
      return mutateJsonText(seed.input as string, rng, other);
    case "native-qr":
      return nativeQr(seed.input as string, rng, other);
    case "divoc-zip":
    case "divoc-zip-text":
      return divocZip(seed, rng, other);
    case "dcc-qr":
      return dccQr(seed.input as string, rng);
    case "shc-qr":
    case "shc-jws":
    case "shc-file-text":
    case "shc-file-object":
      return shc(seed, rng, other);
    default:
      throw new Error(`the ${seed.kind} seed ${seed.name} has no carrier to open`);
  }
};
