/**
 * Which fact of the credential changes, for the preview to put in words in the page's language.
 * `name` is the field's key within its part ("batch" or "vaccine.name" of a dose, "birthDate" of the
 * subject, whose nested keys are joined by " › " as are the others'); a name the preview has no words
 * for is shown as it is.
 */
export type TCredentialField =
  | { part: "subject"; name: string }
  | { part: "dose"; dose: string; name: string }
  /** An entry of the status list, named by its purpose ("revocation"), else by its place in the list. */
  | { part: "status"; purpose: string | null; index: string; name: string }
  | { part: "other"; name: string };

/** One value a correction changes, as the preview lists it. */
export type TCredentialChange = {
  /** Where in the credential, such as the batch of dose 1. */
  field: TCredentialField;
  /** The value today, or null when the credential does not have it. */
  before: string | null;
  /** The value in the new version, or null when it drops it. */
  after: string | null;
};

/** What a correction changes: what the admin corrected, and what any new version gets anew. */
export type TCredentialChanges = { corrected: TCredentialChange[]; reissued: TCredentialChange[] };

// The proof is made when the new version is signed, and so is its id (a preview's is a placeholder);
// the context and types never change.
const UNCOMPARED = new Set(["proof", "id", "@context", "type"]);

type TLeaves = Map<string, string>;

const collectLeaves = (value: unknown, path: string[], leaves: TLeaves): TLeaves => {
  if (value === null || value === undefined) return leaves;
  if (typeof value !== "object") {
    leaves.set(path.join("."), String(value));
    return leaves;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (path.length === 0 && UNCOMPARED.has(key)) continue;
    // A nested object's own `type` names its class (Vaccine, Facility…), never a fact that changes.
    if (key === "type" && path.length > 0) continue;
    collectLeaves(inner, [...path, key], leaves);
  }
  return leaves;
};

const subjectField = (rest: string[], before: TLeaves, after: TLeaves): TCredentialField => {
  const [first, index, ...tail] = rest;
  if (first === "doses" && index !== undefined) {
    const numberPath = `credentialSubject.doses.${index}.doseNumber`;
    const doseNumber = after.get(numberPath) ?? before.get(numberPath);
    return { part: "dose", dose: doseNumber ?? String(Number(index) + 1), name: tail.join(".") };
  }
  return { part: "subject", name: rest.join(" › ") };
};

const statusField = (rest: string[], before: TLeaves, after: TLeaves): TCredentialField => {
  const [index = "", ...tail] = rest;
  const purpose =
    after.get(`credentialStatus.${index}.statusPurpose`) ?? before.get(`credentialStatus.${index}.statusPurpose`);
  return { part: "status", purpose: purpose ?? null, index, name: tail.join(".") };
};

const fieldOf = (path: string, before: TLeaves, after: TLeaves): TCredentialField => {
  const [top = "", ...rest] = path.split(".");
  if (top === "credentialSubject") return subjectField(rest, before, after);
  if (top === "credentialStatus") return statusField(rest, before, after);
  return { part: "other", name: path.split(".").join(" › ") };
};

// The entry's own id is its list URL and index again; showing it would say the same change twice.
const isDerived = (path: string) => /^credentialStatus\.\d+\.id$/.test(path);

/**
 * Compares a certificate's signed credential with the unsigned one a correction would sign, leaf by
 * leaf, and says which facts change: the subject's facts the admin corrected, and apart from
 * them what every new version gets anew (its dates, and any other status-list slot). The id and
 * proof are left out: both are made only when the correction is confirmed.
 */
export const credentialChanges = (
  current: Record<string, unknown>,
  preview: Record<string, unknown>,
): TCredentialChanges => {
  const before = collectLeaves(current, [], new Map());
  const after = collectLeaves(preview, [], new Map());
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  const changes: TCredentialChanges = { corrected: [], reissued: [] };
  for (const path of paths) {
    const was = before.get(path) ?? null;
    const will = after.get(path) ?? null;
    if (was === will || isDerived(path)) continue;
    const change = { field: fieldOf(path, before, after), before: was, after: will };
    (path.startsWith("credentialSubject.") ? changes.corrected : changes.reissued).push(change);
  }
  return changes;
};
