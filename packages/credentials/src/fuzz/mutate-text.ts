import { MAX_INPUT_CHARS, MAX_QR_TEXT_CHARS } from "../limits.ts";
import type { Rng } from "./prng.ts";

// Mutations of text and bytes that know nothing of the format inside: cut, flip, insert, delete, repeat,
// splice and pad, each at a place the generator picks.

/** A mutation: a new value, and what was done, for the failure report. */
export type Mutated<T> = { value: T; what: string };

const ODD_CHARACTERS = [
  "\u0000",
  "\u00ff",
  "\u0100",
  "\ud800",
  "\udfff",
  "\ufffd",
  "\u202e",
  "😷",
  "\r\n",
  '"',
  "\\",
  "{",
];
const WHITESPACE = [" ", "\n", "\r\n", "\t", "\u00a0", "\u2028"];

// Around the limits, so that both sides of each are tried.
const sizesNearLimits = (): number[] => [
  MAX_QR_TEXT_CHARS - 1,
  MAX_QR_TEXT_CHARS + 1,
  MAX_INPUT_CHARS - 1,
  MAX_INPUT_CHARS + 1,
  4 * MAX_INPUT_CHARS,
];

const characterFor = (rng: Rng, text: string): string => {
  const from = rng.int(3);
  if (from === 0 && text.length > 0) return text.charAt(rng.int(text.length));
  if (from === 1) return String.fromCharCode(rng.between(0x20, 0x7e));
  return rng.pick(ODD_CHARACTERS);
};

const span = (rng: Rng, length: number): [number, number] => {
  const start = rng.int(Math.max(1, length));
  return [start, Math.min(length, start + rng.between(1, rng.chance(0.8) ? 16 : 512))];
};

/** One random text mutation; `other` is text of another seed to splice from. */
export const mutateText = (text: string, rng: Rng, other: string): Mutated<string> => {
  const at = rng.int(text.length + 1);
  switch (rng.int(10)) {
    case 0:
      return rng.chance(0.8)
        ? { value: text.slice(0, at), what: `cut after ${at} characters` }
        : { value: text.slice(at), what: `cut the first ${at} characters` };
    case 1: {
      const char = characterFor(rng, text);
      return {
        value: text.slice(0, at) + char + text.slice(at + 1),
        what: `set character ${at} to ${JSON.stringify(char)}`,
      };
    }
    case 2: {
      const code = text.charCodeAt(Math.min(at, text.length - 1));
      const bit = rng.int(8);
      const flipped = String.fromCharCode(Number.isNaN(code) ? 0 : code ^ (1 << bit));
      return { value: text.slice(0, at) + flipped + text.slice(at + 1), what: `flipped bit ${bit} of character ${at}` };
    }
    case 3: {
      const inserted = Array.from({ length: rng.between(1, 8) }, () => characterFor(rng, text)).join("");
      return {
        value: text.slice(0, at) + inserted + text.slice(at),
        what: `inserted ${JSON.stringify(inserted)} at ${at}`,
      };
    }
    case 4: {
      const [start, end] = span(rng, text.length);
      return { value: text.slice(0, start) + text.slice(end), what: `deleted characters ${start}-${end}` };
    }
    case 5: {
      const [start, end] = span(rng, text.length);
      const times = rng.pick([2, 10, 1000]);
      const repeated = text.slice(start, end).repeat(times);
      return {
        value: text.slice(0, start) + repeated + text.slice(end),
        what: `repeated characters ${start}-${end} ${times} times`,
      };
    }
    case 6: {
      const from = rng.int(other.length + 1);
      return { value: text.slice(0, at) + other.slice(from), what: `spliced another seed from ${from} in at ${at}` };
    }
    case 7: {
      const space = rng.pick(WHITESPACE);
      const where = rng.pick(["start", "end", "middle"] as const);
      const value =
        where === "start" ? space + text : where === "end" ? text + space : text.slice(0, at) + space + text.slice(at);
      return { value, what: `added ${JSON.stringify(space)} at the ${where}` };
    }
    case 8: {
      const size = rng.pick(sizesNearLimits());
      const value = (text + text.slice(-1).repeat(size)).slice(0, size);
      return { value, what: `padded to ${size} characters` };
    }
    default: {
      const cased = rng.chance(0.5) ? text.toLowerCase() : text.toUpperCase();
      const length = rng.chance(0.5) ? 5 : text.length;
      return { value: cased.slice(0, length) + text.slice(length), what: `changed the case of ${length} characters` };
    }
  }
};

/** One random byte mutation; `other` is bytes of another seed to splice from. */
export const mutateBytes = (bytes: Uint8Array, rng: Rng, other: Uint8Array): Mutated<Uint8Array> => {
  const at = rng.int(bytes.length + 1);
  const copy = () => Uint8Array.from(bytes);
  switch (rng.int(8)) {
    case 0:
      return { value: bytes.slice(0, at), what: `cut after ${at} bytes` };
    case 1: {
      const value = copy();
      const bit = rng.int(8);
      if (at < value.length) value[at] = (value[at] as number) ^ (1 << bit);
      return { value, what: `flipped bit ${bit} of byte ${at}` };
    }
    case 2: {
      const value = copy();
      const byte = rng.pick([0, 0xff, 0x7f, 0x80, rng.int(256)]);
      if (at < value.length) value[at] = byte;
      return { value, what: `set byte ${at} to ${byte}` };
    }
    case 3: {
      const inserted = Uint8Array.from({ length: rng.between(1, 8) }, () => rng.int(256));
      return {
        value: Uint8Array.from([...bytes.slice(0, at), ...inserted, ...bytes.slice(at)]),
        what: `inserted ${inserted.length} bytes at ${at}`,
      };
    }
    case 4: {
      const [start, end] = span(rng, bytes.length);
      return {
        value: Uint8Array.from([...bytes.slice(0, start), ...bytes.slice(end)]),
        what: `deleted bytes ${start}-${end}`,
      };
    }
    case 5: {
      // ZIP headers keep sizes and counts as little-endian 16- and 32-bit words; claim huge ones.
      const value = copy();
      const word = rng.pick([0xffff, 0xffffffff, 0x10000000, 0]);
      for (let i = 0; i < 4 && at + i < value.length; i++) value[at + i] = (word >>> (8 * i)) & 0xff;
      return { value, what: `wrote ${word} at byte ${at}` };
    }
    case 6: {
      const from = rng.int(other.length + 1);
      return {
        value: Uint8Array.from([...bytes.slice(0, at), ...other.slice(from)]),
        what: `spliced another seed from ${from} in at ${at}`,
      };
    }
    default: {
      const [start, end] = span(rng, bytes.length);
      const repeated = Array.from({ length: rng.pick([2, 100]) }, () => [...bytes.slice(start, end)]).flat();
      return {
        value: Uint8Array.from([...bytes.slice(0, start), ...repeated, ...bytes.slice(end)]),
        what: `repeated bytes ${start}-${end}`,
      };
    }
  }
};
