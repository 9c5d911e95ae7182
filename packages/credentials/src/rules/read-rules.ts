import { validate } from "certlogic-js/dist/validation/index.js";
import { assertJsonWithinLimits } from "../codecs/json-limits.ts";
import type { BusinessRule } from "../verify/types.ts";
import { unwrapGatewayItems } from "./gateway-download.ts";
import {
  MAX_RULE_DESCRIPTION_CHARS,
  MAX_RULE_DESCRIPTIONS,
  MAX_RULE_DOCUMENT_CHARS,
  MAX_RULE_LOGIC_CHARS,
  MAX_RULES_PER_DOCUMENT,
} from "./limits.ts";

/** A rule the reader would not take, with why. */
export type RefusedRule = { item: string; reason: string };

/** What a rule document held: the rules that are sound, and every other item with the reason it was refused. */
export type ReadRules = { rules: BusinessRule[]; refused: RefusedRule[] };

const TYPES = ["Acceptance", "Invalidation"] as const;
const CERTIFICATE_TYPES = ["General", "Vaccination", "Test", "Recovery"] as const;
const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const COUNTRY = /^[A-Z]{2}$/;
const VERSION = /^\d{1,4}\.\d{1,4}\.\d{1,4}$/;
const MAX_TEXT = 200;

const text = (rule: Record<string, unknown>, field: string, problems: string[]): string => {
  const value = rule[field];
  if (typeof value !== "string" || value.length === 0) problems.push(`${field} is missing`);
  else if (value.length > MAX_TEXT) problems.push(`${field} is longer than ${MAX_TEXT} characters`);
  return typeof value === "string" ? value : "";
};

const date = (rule: Record<string, unknown>, field: string, problems: string[]): number => {
  const value = text(rule, field, problems);
  const time = Date.parse(value);
  if (value && Number.isNaN(time)) problems.push(`${field} "${value}" is not a date`);
  return time;
};

const descriptions = (value: unknown, problems: string[]): BusinessRule["Description"] => {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push("Description is missing");
    return [];
  }
  if (value.length > MAX_RULE_DESCRIPTIONS) problems.push(`more than ${MAX_RULE_DESCRIPTIONS} descriptions`);
  const read = value.filter(
    (item): item is { lang: string; desc: string } =>
      typeof item?.lang === "string" &&
      typeof item?.desc === "string" &&
      item.lang.length <= 16 &&
      item.desc.length <= MAX_RULE_DESCRIPTION_CHARS,
  );
  if (read.length !== value.length) problems.push("a Description entry is not {lang, desc} of a sensible length");
  return read.map(({ lang, desc }) => ({ lang, desc }));
};

const logicProblems = (logic: unknown): string[] => {
  if (logic === undefined) return ["Logic is missing"];
  if (JSON.stringify(logic).length > MAX_RULE_LOGIC_CHARS)
    return [`Logic is longer than ${MAX_RULE_LOGIC_CHARS} characters`];
  return validate(logic).map((error) => `Logic is not valid CertLogic: ${error.message}`);
};

/** Reads one rule in the EU DCC rule format, or says everything that is wrong with it. */
const readRule = (value: unknown): { rule: BusinessRule } | { problems: string[] } => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { problems: ["not a rule object"] };
  const rule = value as Record<string, unknown>;
  if (typeof rule.unopened === "string") return { problems: [`its gateway CMS could not be opened: ${rule.unopened}`] };
  try {
    assertJsonWithinLimits(rule, "The rule");
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
  const problems: string[] = [];
  const identifier = text(rule, "Identifier", problems);
  if (identifier && !IDENTIFIER.test(identifier))
    problems.push(`Identifier "${identifier}" has characters a rule id cannot`);
  const type = text(rule, "Type", problems);
  if (type && !TYPES.includes(type as (typeof TYPES)[number]))
    problems.push(`Type "${type}" is neither Acceptance nor Invalidation`);
  const country = text(rule, "Country", problems);
  // "EU" is the Union's own template rules' country; anything else is an ISO 3166 alpha-2 code.
  if (country && !COUNTRY.test(country)) problems.push(`Country "${country}" is not a two-letter country code`);
  const version = text(rule, "Version", problems);
  if (version && !VERSION.test(version)) problems.push(`Version "${version}" is not major.minor.patch`);
  const engine = text(rule, "Engine", problems);
  if (engine && engine !== "CERTLOGIC") problems.push(`Engine "${engine}" is unknown (only CERTLOGIC is run)`);
  const certificateType = text(rule, "CertificateType", problems);
  if (certificateType && !CERTIFICATE_TYPES.includes(certificateType as (typeof CERTIFICATE_TYPES)[number])) {
    problems.push(`CertificateType "${certificateType}" is not General, Vaccination, Test or Recovery`);
  }
  const from = date(rule, "ValidFrom", problems);
  const to = date(rule, "ValidTo", problems);
  if (to < from) problems.push("ValidTo is before ValidFrom");
  const description = descriptions(rule.Description, problems);
  const affected = Array.isArray(rule.AffectedFields)
    ? rule.AffectedFields.filter((field) => typeof field === "string")
    : [];
  problems.push(...logicProblems(rule.Logic));
  if (problems.length > 0) return { problems };
  return {
    rule: {
      Identifier: identifier,
      Type: type as BusinessRule["Type"],
      Country: country,
      ...(typeof rule.Region === "string" && rule.Region.length <= MAX_TEXT ? { Region: rule.Region } : {}),
      Version: version,
      SchemaVersion: typeof rule.SchemaVersion === "string" ? rule.SchemaVersion.slice(0, MAX_TEXT) : "1.0.0",
      Engine: engine,
      EngineVersion: typeof rule.EngineVersion === "string" ? rule.EngineVersion.slice(0, MAX_TEXT) : "",
      CertificateType: certificateType as BusinessRule["CertificateType"],
      Description: description,
      ValidFrom: rule.ValidFrom as string,
      ValidTo: rule.ValidTo as string,
      AffectedFields: affected.slice(0, 100) as string[],
      Logic: rule.Logic,
    },
  };
};

const itemName = (value: unknown, at: number): string => {
  const identifier = (value as Record<string, unknown> | null)?.Identifier;
  return typeof identifier === "string" ? identifier.slice(0, 64) : `item ${at + 1}`;
};

/** The rule items of a document: one rule, an array of rules, `{rules: [...]}`, or the EU gateway's download. */
const itemsOf = (document: unknown): unknown[] => {
  if (Array.isArray(document)) return document;
  if (typeof document !== "object" || document === null) return [document];
  const record = document as Record<string, unknown>;
  if (Array.isArray(record.rules)) return record.rules;
  if ("Identifier" in record || "Logic" in record) return [record];
  return unwrapGatewayItems(record);
};

/**
 * Reads business rules in the EU DCC rule format (CertLogic) from a rule document, given as JSON text or parsed:
 * a single rule, an array, our `{rules: [...]}` list or the EU gateway's download by identifier. Never throws;
 * every item that is not a sound rule is refused with its reason, so an import can report what it skipped.
 */
export const readBusinessRules = (input: unknown): ReadRules => {
  let document = input;
  try {
    if (typeof input === "string") {
      if (input.length > MAX_RULE_DOCUMENT_CHARS) {
        return {
          rules: [],
          refused: [{ item: "document", reason: `longer than ${MAX_RULE_DOCUMENT_CHARS} characters` }],
        };
      }
      document = JSON.parse(input);
    }
  } catch (error) {
    return { rules: [], refused: [{ item: "document", reason: `not JSON: ${(error as Error).message}` }] };
  }
  const items = itemsOf(document);
  if (items.length > MAX_RULES_PER_DOCUMENT) {
    return { rules: [], refused: [{ item: "document", reason: `more than ${MAX_RULES_PER_DOCUMENT} rules` }] };
  }
  const rules: BusinessRule[] = [];
  const refused: RefusedRule[] = [];
  items.forEach((item, at) => {
    const read = readRule(item);
    if ("rule" in read) rules.push(read.rule);
    else refused.push({ item: itemName(item, at), reason: `${read.problems.join("; ")}.` });
  });
  return { rules, refused };
};
