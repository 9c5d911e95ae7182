/** One value a correction changes, as the preview lists it. */
export type TCredentialChange = {
  /** Where in the credential, as people read it, such as "Dose 1: batch". */
  label: string;
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

const SUBJECT_LABELS: Record<string, string> = {
  name: "Name",
  birthDate: "Date of birth",
  gender: "Gender",
  identifier: "Identity",
};

const DOSE_LABELS: Record<string, string> = {
  "vaccine.name": "vaccine",
  "vaccine.manufacturer.name": "manufacturer",
  "vaccine.icd11Code": "vaccine ICD-11 code",
  "vaccine.atcCode": "vaccine ATC code",
  "vaccine.productCode": "vaccine product code",
  batch: "batch",
  date: "date of vaccination",
  doseNumber: "dose number",
  totalDoses: "doses in the schedule",
  "facility.name": "facility",
  "facility.address": "facility address",
  "facility.country": "facility country",
};

const STATUS_LABELS: Record<string, string> = {
  statusListIndex: "index",
  statusListCredential: "list",
  statusPurpose: "purpose",
};

const TOP_LABELS: Record<string, string> = {
  validFrom: "Valid from",
  validUntil: "Valid until",
  issuer: "Issuer",
};

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

const subjectLabel = (rest: string[], before: TLeaves, after: TLeaves): string => {
  const [first, index, ...tail] = rest;
  if (first === "doses" && index !== undefined) {
    const numberPath = `credentialSubject.doses.${index}.doseNumber`;
    const doseNumber = after.get(numberPath) ?? before.get(numberPath);
    const field = tail.join(".");
    return `Dose ${doseNumber ?? Number(index) + 1}: ${DOSE_LABELS[field] ?? field}`;
  }
  return SUBJECT_LABELS[rest.join(".")] ?? rest.join(" › ");
};

const statusLabel = (rest: string[], before: TLeaves, after: TLeaves): string => {
  const [index, ...tail] = rest;
  const purpose =
    after.get(`credentialStatus.${index}.statusPurpose`) ?? before.get(`credentialStatus.${index}.statusPurpose`);
  const field = tail.join(".");
  const list = purpose ? `${purpose.charAt(0).toUpperCase()}${purpose.slice(1)} list` : `Status list ${index}`;
  return `${list}: ${STATUS_LABELS[field] ?? field}`;
};

const labelOf = (path: string, before: TLeaves, after: TLeaves): string => {
  const [top = "", ...rest] = path.split(".");
  if (top === "credentialSubject") return subjectLabel(rest, before, after);
  if (top === "credentialStatus") return statusLabel(rest, before, after);
  return TOP_LABELS[path] ?? path.split(".").join(" › ");
};

// The entry's own id is its list URL and index again; showing it would say the same change twice.
const isDerived = (path: string) => /^credentialStatus\.\d+\.id$/.test(path);

/**
 * Compares a certificate's signed credential with the unsigned one a correction would sign, leaf by
 * leaf, and says what changes in words: the subject's facts the admin corrected, and apart from
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
    const change = { label: labelOf(path, before, after), before: was, after: will };
    (path.startsWith("credentialSubject.") ? changes.corrected : changes.reissued).push(change);
  }
  return changes;
};
