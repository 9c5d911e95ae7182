import { ZCredentialDisplays } from "@vax/credentials/verify";
import { z } from "zod";

// Where and when the certificate is shown: the destination's business rules then judge it, at that date.
const ZRulesContext = {
  destination: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "destination is a two-letter country code")
    .optional(),
  date: z.iso.datetime({ offset: true, error: "date is an ISO date-time" }).or(z.iso.date()).optional(),
};

// Issuers the caller trusts for this request only, added to the platform's list; read as readTrustDocument reads.
const requestTrust = {
  trust: z
    .union([z.array(z.unknown()), z.record(z.string(), z.unknown())])
    .optional()
    .meta({
      description:
        "Issuers to trust for this request only, besides the platform's: a trust list `{issuers: [...]}`, an " +
        "EU DCC / WHO GDHCN DSC list `[{kid, country, certificateType, rawData}]`, or a JWKS `{keys: [...]}` " +
        "with `trustIssuer`. Items that cannot be trusted are listed in the answer's `trustRefused`. The whole " +
        "body stays within 64 KB (a few issuers, a JWKS, or about 40 DSCs); larger lists belong in the " +
        "platform's trust list, imported in the admin portal.",
    }),
  trustIssuer: z
    .url({ protocol: /^https?$/ })
    .max(2_048)
    .optional()
    .meta({ description: "The issuer URL a JWKS given as `trust` belongs to (a JWKS does not name it)" }),
};

/**
 * The body of the verify API: the QR text, or the credential as JSON; optionally, issuers to trust besides ours;
 * with a destination (and optionally a date) the business rules judge it too.
 */
export const ZVerifyRequest = z.union(
  [
    z
      .object({ qr: z.string().min(1, "qr is empty").max(20_000, "qr is too long"), ...requestTrust, ...ZRulesContext })
      .strict(),
    z.object({ credential: z.record(z.string(), z.unknown()), ...requestTrust, ...ZRulesContext }).strict(),
  ],
  { error: "Send {qr: string} or {credential: object}, with optional trust and trustIssuer" },
);

const ZDose = z.object({
  vaccine: z.string().optional(),
  manufacturer: z.string().optional(),
  date: z.string().optional(),
  dose: z.union([z.number(), z.string()]).optional(),
  totalDoses: z.union([z.number(), z.string()]).optional(),
  batch: z.string().optional(),
  country: z.string().optional(),
  facility: z.string().optional(),
});

/** A verification result: the verdict, the format read, who issued it and for whom, and each named check. */
export const ZVerifyResult = z
  .object({
    verified: z.boolean(),
    format: z.enum(["w3c", "divoc", "eu-dcc", "shc", "vds-nc", "unknown"]),
    issuer: z.object({ id: z.string(), name: z.string().optional(), country: z.string().optional() }).nullable(),
    subject: z
      .object({
        name: z.string().optional(),
        birthDate: z.string().optional(),
        documentNumber: z.string().optional(),
        doses: z.array(ZDose),
        title: z.string().optional().meta({ description: "For a credential other than a vaccination: what it is" }),
        builtInSchema: z.enum(["test-report"]).optional(),
        fields: z
          .array(z.object({ key: z.string(), label: z.string(), value: z.string(), kind: z.enum(["text", "date"]) }))
          .optional()
          .meta({ description: "What such a credential states beyond its holder, as its schema shows a verifier" }),
      })
      .nullable(),
    checks: z.array(
      z.object({ name: z.string(), status: z.enum(["passed", "failed", "skipped"]), reason: z.string() }),
    ),
    standing: z
      .object({ state: z.enum(["revoked", "superseded", "suspended"]), until: z.string().optional() })
      .optional(),
    rules: z
      .array(
        z.object({
          id: z.string(),
          version: z.string(),
          type: z.enum(["acceptance", "invalidation"]),
          country: z.string(),
          description: z.string(),
          status: z.enum(["passed", "failed", "not applicable"]),
          reason: z.string().optional(),
        }),
      )
      .optional(),
    trustRefused: z
      .array(z.object({ item: z.string(), reason: z.string() }))
      .optional()
      .meta({ description: "Items of the request's `trust` that were not trusted, and why; only when it had some" }),
  })
  .meta({ id: "VerifyResult" });

/** The business rules a verifier judges by, in the EU DCC rule format, and until when a kept copy may be relied on. */
export const ZPublishedRules = z
  .object({
    rules: z.array(
      z
        .object({
          Identifier: z.string(),
          Type: z.enum(["Acceptance", "Invalidation"]),
          Country: z.string(),
          Version: z.string(),
          SchemaVersion: z.string(),
          Engine: z.string(),
          EngineVersion: z.string(),
          CertificateType: z.enum(["General", "Vaccination", "Test", "Recovery"]),
          Description: z.array(z.object({ lang: z.string(), desc: z.string() })),
          ValidFrom: z.string(),
          ValidTo: z.string(),
          AffectedFields: z.array(z.string()),
          Logic: z.unknown(),
        })
        .meta({ description: "A rule in the EU DCC rule format; Logic is CertLogic" }),
    ),
    issuedAt: z.string(),
    validUntil: z.string(),
  })
  .meta({ id: "PublishedRules" });

const ZTrustKey = z.union([
  z.object({ kid: z.string().optional(), publicKeyPem: z.string() }),
  z.object({ kid: z.string().optional(), publicKeyJwk: z.record(z.string(), z.unknown()) }),
  z.object({ kid: z.string().optional(), publicKeyMultibase: z.string() }),
  z.object({ kid: z.string().optional(), certificate: z.string() }),
]);

/** A trust list: the issuers a verifier trusts, with their identifiers and keys (docs/architecture.md). */
export const ZTrustList = z
  .object({
    issuers: z.array(
      z.object({
        name: z.string(),
        country: z.string().optional(),
        ids: z.array(z.string()),
        keys: z.array(ZTrustKey),
        revokedKeys: z
          .array(z.object({ kid: z.string(), reason: z.string(), revokedAt: z.string().optional() }))
          .optional(),
        deactivatedAt: z.string().optional(),
        contexts: z.record(z.string(), z.unknown()).optional(),
        schemas: ZCredentialDisplays.optional(),
        cscas: z.array(z.string()).optional(),
      }),
    ),
    issuedAt: z.iso.datetime().optional(),
    validUntil: z.iso.datetime().optional(),
  })
  .meta({ id: "TrustList" });

/** The DSC list: the tenants' EU DCC Document Signer Certificates, as DCC verifiers import them. */
export const ZDscList = z.array(
  z.object({
    kid: z.string(),
    country: z.string(),
    certificateType: z.literal("DSC"),
    rawData: z.string(),
    thumbprint: z
      .string()
      .meta({ description: "SHA-256 of the certificate's DER, hex, as the GDHCN gateway lists it" }),
  }),
);
