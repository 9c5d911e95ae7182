const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// Copies one dotted path of `from` into `into`, through arrays element by element ("results.value").
const copyPath = (from: unknown, into: Record<string, unknown>, segments: string[]): void => {
  const [head, ...rest] = segments;
  if (head === undefined || !isObject(from) || !Object.hasOwn(from, head)) return;
  const value = from[head];
  if (rest.length === 0) {
    into[head] = value;
    return;
  }
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    const earlier = Array.isArray(into[head]) ? (into[head] as unknown[]) : [];
    into[head] = value.map((element, index) => {
      const target = isObject(earlier[index]) ? (earlier[index] as Record<string, unknown>) : {};
      copyPath(element, target, rest);
      return target;
    });
    return;
  }
  const target = isObject(into[head]) ? (into[head] as Record<string, unknown>) : {};
  copyPath(value, target, rest);
  into[head] = target;
};

/**
 * The part of a credential subject its QR carries: the version's QR fields, and the subject's own `id` and `type`
 * (who and what it is about) when it states them. A field the subject does not state is left out.
 */
export const qrSubject = (subject: Record<string, unknown>, qrFields: string[]): Record<string, unknown> => {
  const picked: Record<string, unknown> = {};
  for (const key of ["id", "type"]) if (Object.hasOwn(subject, key)) picked[key] = subject[key];
  for (const field of qrFields) copyPath(subject, picked, field.split("."));
  return picked;
};
