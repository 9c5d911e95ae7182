import type { BusinessRule } from "@vax/credentials/verify";
import { z } from "zod";
import { fetchKeptJson, type KeptJson, NotPublishedError } from "./issuer-data-cache";

/** Where the verify app publishes the business rules it knows (`{rules, issuedAt, validUntil}`). */
export const RULES_PATH = "/api/v1/rules";
// Far more than the EU gateway distributes for all its countries; only a guard against a server gone wrong.
const MAX_RULES = 5_000;

const ZBusinessRule = z.looseObject({
  Identifier: z.string().min(1).max(100),
  Type: z.enum(["Acceptance", "Invalidation"]),
  Country: z.string().min(2).max(3),
  Region: z.string().nullish(),
  Version: z.string().max(20),
  SchemaVersion: z.string().max(20),
  Engine: z.string().max(40),
  EngineVersion: z.string().max(20),
  CertificateType: z.enum(["General", "Vaccination", "Test", "Recovery"]),
  Description: z.array(z.object({ lang: z.string(), desc: z.string() })),
  ValidFrom: z.string(),
  ValidTo: z.string(),
  AffectedFields: z.array(z.string()),
  Logic: z.unknown(),
});
const ZRulesDocument = z.object({
  rules: z.array(ZBusinessRule).max(MAX_RULES),
  issuedAt: z.string().optional(),
  validUntil: z.string().optional(),
});

/** The rules this browser holds, with when they were fetched and until when the server said to rely on them. */
export type KeptRules = {
  rules: BusinessRule[];
  issuedAt?: Date;
  validUntil?: Date;
  fetchedAt: Date;
  fresh: boolean;
};

const dateOf = (value: string | undefined): Date | undefined => {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** Reads a fetched rules document; throws when it is not one. */
export const parseRules = (document: KeptJson): KeptRules => {
  const { rules, issuedAt, validUntil } = ZRulesDocument.parse(document.data);
  return {
    rules: rules as BusinessRule[],
    issuedAt: dateOf(issuedAt),
    validUntil: dateOf(validUntil),
    fetchedAt: document.fetchedAt,
    fresh: document.fresh,
  };
};

/**
 * Fetches the verify app's rules network-first, keeping a copy for checks offline; null when the server publishes
 * none (a verify app without the rules route), so that checks go on without rules.
 */
export const refreshRules = async (origin: string): Promise<KeptRules | null> => {
  try {
    return parseRules(await fetchKeptJson(new URL(RULES_PATH, origin).href));
  } catch (error) {
    if (error instanceof NotPublishedError) return null;
    throw error;
  }
};

/** The destination countries the kept rules have entry (acceptance) rules for, in alphabetical order of their codes. */
export const destinationsOf = (rules: readonly BusinessRule[]): string[] =>
  [...new Set(rules.filter((rule) => rule.Type === "Acceptance").map((rule) => rule.Country.toUpperCase()))].sort();
