import type { VdsNcType } from "./seal.ts";

// The message fields the ICAO VDS-NC guidelines (v1.1) make mandatory, with the maximum lengths they set; optional
// fields are checked only for their type when present. Dates are ISO 8601 full dates.
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Problems = string[];
type Rule = { path: string; kind: "text" | "date" | "number or text"; max?: number; optional?: true };

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const at = (value: Record<string, unknown>, path: string): unknown =>
  path.split(".").reduce<unknown>((node, key) => record(node)?.[key], value);

const checkField = (value: Record<string, unknown>, where: string, rule: Rule, problems: Problems): void => {
  const found = at(value, rule.path);
  const name = `${where}${rule.path}`;
  if (found === undefined) {
    if (!rule.optional) problems.push(`${name} is missing`);
    return;
  }
  if (rule.kind === "number or text" && typeof found === "number" && Number.isInteger(found)) return;
  if (typeof found !== "string" || found.length === 0) {
    problems.push(`${name} is not ${rule.kind === "number or text" ? "a number or text" : "text"}`);
  } else if (rule.kind === "date" && !DATE.test(found)) {
    problems.push(`${name} is not a date (YYYY-MM-DD)`);
  } else if (rule.max !== undefined && found.length > rule.max) {
    problems.push(`${name} is longer than ${rule.max} characters`);
  }
};

const listAt = (value: Record<string, unknown>, key: string, name: string, problems: Problems) => {
  const list = value[key];
  if (!Array.isArray(list) || list.length === 0) {
    problems.push(`${name} is missing or empty`);
    return [];
  }
  return list.map((item, index) => {
    const entry = record(item);
    if (!entry) problems.push(`${name}[${index}] is not an object`);
    return entry ?? {};
  });
};

const PERSON: Rule[] = [
  { path: "pid.n", kind: "text", max: 39 },
  { path: "pid.dob", kind: "date", optional: true },
  { path: "pid.sex", kind: "text", max: 1, optional: true },
];

const vaccinationProblems = (message: Record<string, unknown>, problems: Problems): void => {
  for (const rule of [{ path: "uvci", kind: "text", max: 12 } as Rule, ...PERSON])
    checkField(message, "", rule, problems);
  checkField(message, "", { path: "pid.i", kind: "text", max: 11, optional: true }, problems);
  checkField(message, "", { path: "pid.ai", kind: "text", max: 24, optional: true }, problems);
  // The holder is tied to the seal by a date of birth or a travel document number; one of them must be there.
  if (at(message, "pid.dob") === undefined && at(message, "pid.i") === undefined) {
    problems.push("pid has neither a date of birth (dob) nor a travel document number (i)");
  }
  listAt(message, "ve", "ve", problems).forEach((event, index) => {
    const where = `ve[${index}].`;
    checkField(event, where, { path: "des", kind: "text", max: 6 }, problems);
    checkField(event, where, { path: "nam", kind: "text" }, problems);
    checkField(event, where, { path: "dis", kind: "text", max: 6, optional: true }, problems);
    listAt(event, "vd", `${where}vd`, problems).forEach((dose, at) => {
      const doseWhere = `${where}vd[${at}].`;
      checkField(dose, doseWhere, { path: "dvc", kind: "date" }, problems);
      checkField(dose, doseWhere, { path: "seq", kind: "number or text" }, problems);
      checkField(dose, doseWhere, { path: "ctr", kind: "text", max: 3 }, problems);
      checkField(dose, doseWhere, { path: "lot", kind: "text", max: 20 }, problems);
      checkField(dose, doseWhere, { path: "adm", kind: "text", optional: true }, problems);
      checkField(dose, doseWhere, { path: "dvn", kind: "date", optional: true }, problems);
    });
  });
};

const TEST_RULES: Rule[] = [
  { path: "utci", kind: "text", max: 12 },
  ...PERSON,
  { path: "pid.dt", kind: "text", max: 2 },
  { path: "pid.dn", kind: "text", max: 24 },
  { path: "sp.spn", kind: "text" },
  { path: "sp.ctr", kind: "text", max: 3 },
  { path: "sp.cd.p", kind: "text" },
  { path: "dat.sc", kind: "text" },
  { path: "dat.ri", kind: "text" },
  { path: "tr.tc", kind: "text" },
  { path: "tr.r", kind: "text" },
  { path: "tr.m", kind: "text", optional: true },
];

/** What the message lacks or gets wrong for its seal type, as short phrases; empty when it is complete. */
export const vdsNcMessageProblems = (type: VdsNcType, message: Record<string, unknown>): string[] => {
  const problems: Problems = [];
  if (type === "icao.vacc") vaccinationProblems(message, problems);
  else for (const rule of TEST_RULES) checkField(message, "", rule, problems);
  return problems;
};
