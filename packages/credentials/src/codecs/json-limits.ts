import { formatCount, InputTooLargeError, MAX_JSON_DEPTH, MAX_JSON_VALUES } from "../limits.ts";

/**
 * Refuses with an InputTooLargeError a JSON value (parsed, or an object handed over) nested deeper or holding
 * more values than any certificate does. Walks without recursion, so a hostile depth cannot overflow the stack,
 * and stops at the limit, so a cyclic object is refused too.
 */
export const assertJsonWithinLimits = (value: unknown, what: string): void => {
  const pending: [unknown, number][] = [[value, 1]];
  let values = 1;
  while (pending.length > 0) {
    const [node, depth] = pending.pop() as [unknown, number];
    if (typeof node !== "object" || node === null) continue;
    if (depth > MAX_JSON_DEPTH) {
      throw new InputTooLargeError(`${what} nests deeper than ${MAX_JSON_DEPTH} levels, so it is not a certificate`);
    }
    // Counted as they are met, so a huge object is refused before its values are all queued.
    for (const key in node) {
      if (++values > MAX_JSON_VALUES) {
        throw new InputTooLargeError(
          `${what} holds more than ${formatCount(MAX_JSON_VALUES)} values, so it is not a certificate`,
        );
      }
      pending.push([(node as Record<string, unknown>)[key], depth + 1]);
    }
  }
};

/** JSON.parse, then {@link assertJsonWithinLimits}: parsing itself is iterative, everything after it is not. */
export const parseJsonWithinLimits = (text: string, what: string): unknown => {
  const value: unknown = JSON.parse(text);
  assertJsonWithinLimits(value, what);
  return value;
};
