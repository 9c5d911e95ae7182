import type { DecodedShc } from "./decode-shc.ts";

/** The fields a verifier needs from a decoded card, read defensively, with the format check's outcome. */
export type ShcFormatView = {
  check: { name: "format"; status: "passed" | "failed"; reason: string };
  iss?: string;
  kid?: string;
  nbf?: number;
  exp?: number;
  rid?: string;
  subject?: { name: string; birthDate?: string };
};

const HEALTH_CARD = "https://smarthealth.cards#health-card";

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

const readSubject = (bundle: Record<string, unknown> | undefined): ShcFormatView["subject"] => {
  const entries = Array.isArray(bundle?.entry) ? bundle.entry : [];
  const patient = entries.map((e) => asRecord(asRecord(e)?.resource)).find((r) => r?.resourceType === "Patient");
  if (!patient) return undefined;
  const name = asRecord(Array.isArray(patient.name) ? patient.name[0] : undefined);
  const given = Array.isArray(name?.given) ? name.given.filter((g) => typeof g === "string") : [];
  const parts = [...given, typeof name?.family === "string" ? name.family : undefined].filter(Boolean);
  const text = typeof name?.text === "string" ? name.text : parts.join(" ");
  const birthDate = typeof patient.birthDate === "string" ? patient.birthDate : undefined;
  return { name: text, ...(birthDate ? { birthDate } : {}) };
};

// The spec asks for https; plain http is accepted only on this machine's own loopback address (a local
// deployment or test run), never on a host a network could answer for.
const isHttpsOrLoopback = (iss: string): boolean =>
  iss.startsWith("https://") || /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(iss);

/** Reads and checks the JWS header and payload shape that the SMART Health Cards spec requires. */
export const readShcFormat = (decoded: DecodedShc): ShcFormatView => {
  const problems: string[] = [];
  const { header } = decoded;
  if (header.alg !== "ES256") problems.push(`header alg is ${JSON.stringify(header.alg)}, not ES256`);
  if (header.zip !== "DEF") problems.push("header zip is not DEF");
  const kid = typeof header.kid === "string" ? header.kid : undefined;
  if (!kid) problems.push("header has no kid");

  const payload = asRecord(decoded.payload);
  const iss = typeof payload?.iss === "string" ? payload.iss : undefined;
  if (!iss) problems.push("payload has no iss");
  else if (!isHttpsOrLoopback(iss)) problems.push(`iss ${iss} is not an https URL`);
  const nbf = typeof payload?.nbf === "number" ? payload.nbf : undefined;
  if (nbf === undefined) problems.push("payload has no numeric nbf");
  const exp = typeof payload?.exp === "number" ? payload.exp : undefined;
  if (payload?.exp !== undefined && exp === undefined) problems.push("payload exp is not a number");

  const vc = asRecord(payload?.vc);
  const types = Array.isArray(vc?.type) ? vc.type : [];
  if (!types.includes(HEALTH_CARD)) problems.push(`vc.type does not include ${HEALTH_CARD}`);
  const subject = asRecord(vc?.credentialSubject);
  if (typeof subject?.fhirVersion !== "string") problems.push("credentialSubject has no fhirVersion");
  const bundle = asRecord(subject?.fhirBundle);
  if (bundle?.resourceType !== "Bundle" || !Array.isArray(bundle.entry)) {
    problems.push("credentialSubject.fhirBundle is not a FHIR Bundle with entries");
  }
  const rid = typeof vc?.rid === "string" ? vc.rid : undefined;

  const check =
    problems.length === 0
      ? { name: "format" as const, status: "passed" as const, reason: "a SMART Health Card (FHIR R4 bundle in a JWS)" }
      : { name: "format" as const, status: "failed" as const, reason: problems.join("; ") };
  return { check, iss, kid, nbf, exp, rid, subject: readSubject(bundle) };
};
