import {
  assertWithinLimit,
  formatCount,
  InputTooLargeError,
  MAX_CBOR_BYTES,
  MAX_CBOR_DEPTH,
  MAX_CBOR_ITEMS,
} from "../limits.ts";

// cborg decodes recursively and trusts each header's length until the data runs out; this walk reads only
// the headers, without recursion or allocation, so that a hostile length, count or depth is refused first.

const BREAK = 0xff;

const cutShort = () => new Error("the CBOR data is cut short");

const readArgument = (bytes: Uint8Array, at: number, size: number): number => {
  if (at + size > bytes.length) throw cutShort();
  let value = 0;
  // Arithmetic rather than shifts: an 8-byte length must stay huge, not wrap to a small number.
  for (let i = 0; i < size; i++) value = value * 256 + (bytes[at + i] as number);
  return value;
};

/**
 * Refuses with an InputTooLargeError CBOR over the byte limit, or whose headers claim a string, array or map
 * larger than the limits or nest deeper than they allow; throws an Error for headers that are cut short or
 * reserved. Checks the one top-level item; cborg checks the rest.
 */
export const assertCborWithinLimits = (bytes: Uint8Array): void => {
  assertWithinLimit("The CBOR data", bytes.length, MAX_CBOR_BYTES);
  // Items still expected in each open container, Infinity for an indefinite one; the root expects one item.
  const open: number[] = [1];
  const complete = () => {
    while (open.length > 0) {
      const last = open.length - 1;
      if (open[last] === Number.POSITIVE_INFINITY) return;
      open[last] = (open[last] as number) - 1;
      if ((open[last] as number) > 0) return;
      open.pop();
    }
  };
  const enter = (expected: number) => {
    if (expected === 0) return complete();
    open.push(expected);
    if (open.length - 1 > MAX_CBOR_DEPTH) {
      throw new InputTooLargeError(
        `The CBOR data nests deeper than ${MAX_CBOR_DEPTH} levels, so it is not a certificate`,
      );
    }
  };
  let at = 0;
  let items = 0;
  while (open.length > 0) {
    if (at >= bytes.length) throw cutShort();
    const initial = bytes[at++] as number;
    if (++items > MAX_CBOR_ITEMS) {
      throw new InputTooLargeError(
        `The CBOR data holds more than ${formatCount(MAX_CBOR_ITEMS)} items, so it is not a certificate`,
      );
    }
    if (initial === BREAK) {
      if (open[open.length - 1] !== Number.POSITIVE_INFINITY) throw new Error("the CBOR data has a stray break");
      open.pop();
      complete();
      continue;
    }
    const major = initial >> 5;
    const info = initial & 31;
    let argument: number;
    if (info < 24) argument = info;
    else if (info <= 27) {
      const size = 1 << (info - 24);
      argument = readArgument(bytes, at, size);
      at += size;
    } else if (info === 31 && major >= 2 && major <= 5) argument = Number.POSITIVE_INFINITY;
    else throw new Error(`the CBOR data has a reserved header byte 0x${initial.toString(16)}`);
    if (major === 2 || major === 3) {
      if (argument === Number.POSITIVE_INFINITY) {
        enter(argument);
        continue;
      }
      assertWithinLimit("A CBOR string", argument, MAX_CBOR_BYTES);
      if (argument > bytes.length - at) throw cutShort();
      at += argument;
      complete();
    } else if (major === 4 || major === 5) {
      const count = major === 5 ? argument * 2 : argument;
      if (count !== Number.POSITIVE_INFINITY) {
        assertWithinLimit("A CBOR array or map", count, MAX_CBOR_ITEMS, "items");
        // Every item takes at least a byte, so a count the remaining bytes cannot hold is a lie.
        if (count > bytes.length - at) throw cutShort();
      }
      enter(count);
    } else if (major === 6) {
      enter(1);
    } else {
      complete();
    }
  }
};
