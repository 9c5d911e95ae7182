import {
  compareTrustEntries,
  readTrustDocument,
  TrustDocumentError,
  type TrustDocumentFormat,
} from "@vax/credentials/trust";
import type { TrustedIssuer as TTrustEntry } from "@vax/credentials/verify";
import { Prisma, prisma, type TrustedIssuer, type TrustSource } from "@vax/db";
import { AppError } from "../errors";
import type { TActor } from "../shared/actor";
import { recordAudit } from "../shared/audit";
import { readCscaFile } from "./read-csca-file";
import { importEntry, type TTrustImportReport } from "./trust-import-report";
import { trustOwnerOf } from "./trust-scope";
import { storedContexts, storedKeys, trustedIssuerView } from "./trusted-issuer-view";

/** Options for {@link importTrustDocument}. */
export type ImportTrustDocumentOptions = {
  actor: TActor;
  /** The document's JSON text. */
  text: string;
  /** What the importer says the document is; "auto" takes what its shape says. */
  kind: "auto" | TrustDocumentFormat;
  /** The issuer a JWKS belongs to. */
  issuerUrl?: string;
  /** The text of a file of CSCA certificates a DSC list's signers must chain to (see {@link readCscaFile}). */
  cscaText?: string;
  /** When certificates' validity is judged: now, unless an archived list is imported to check old certificates. */
  validAt?: Date;
};

const SOURCES: Record<TrustDocumentFormat, TrustSource> = {
  "trust-list": "TRUST_LIST",
  "dsc-list": "DSC_LIST",
  jwks: "JWKS",
};

const FORMAT_NAMES: Record<TrustDocumentFormat, string> = {
  "trust-list": "a trust list",
  "dsc-list": "a DSC list",
  jwks: "a JWKS",
};

// The stored row beside what the comparison reads, so a change updates the row it matched.
type TStoredEntry = TTrustEntry & { row: TrustedIssuer };

const storedEntry = (row: TrustedIssuer): TStoredEntry => {
  const contexts = storedContexts(row.contexts);
  return {
    row,
    name: row.name,
    ...(row.country ? { country: row.country } : {}),
    ids: row.ids,
    keys: storedKeys(row.keys),
    ...(row.cscas.length ? { cscas: row.cscas } : {}),
    ...(contexts ? { contexts } : {}),
  };
};

const columnsOf = (entry: TTrustEntry) => ({
  name: entry.name,
  country: entry.country ?? null,
  ids: entry.ids,
  keys: entry.keys as Prisma.InputJsonValue,
  cscas: entry.cscas ?? [],
  contexts: entry.contexts ? (entry.contexts as Prisma.InputJsonValue) : Prisma.DbNull,
});

const readDocument = async ({ text, kind, issuerUrl, cscaText, validAt }: ImportTrustDocumentOptions) => {
  const cscas = cscaText ? readCscaFile(cscaText) : undefined;
  const document = await readTrustDocument(text, {
    now: validAt ?? new Date(),
    ...(issuerUrl ? { issuerUrl } : {}),
    ...(cscas?.length ? { cscas } : {}),
  }).catch((error: unknown) => {
    if (error instanceof TrustDocumentError) {
      throw new AppError("VALIDATION_FAILED", error.message, [{ path: "file", message: error.message }]);
    }
    throw error;
  });
  if (kind !== "auto" && document.format !== kind) {
    const message = `The file is ${FORMAT_NAMES[document.format]}, not ${FORMAT_NAMES[kind]}`;
    throw new AppError("VALIDATION_FAILED", message, [{ path: "kind", message }]);
  }
  return document;
};

/**
 * Imports a trust document (our trust list, an EU DCC / WHO GDHCN DSC list with optional CSCAs, or a JWKS with
 * its issuer URL) into the entries the actor manages: each issuer it holds is added, or updated where it matches
 * an entry (shared identifier, or a country's DSC group), all in one transaction with an audit event for each
 * entry written. Answers what was added, changed, unchanged and refused, and why.
 */
export const importTrustDocument = async (options: ImportTrustDocumentOptions): Promise<TTrustImportReport> => {
  const { actor, issuerUrl } = options;
  const tenantId = trustOwnerOf(actor);
  const document = await readDocument(options);
  const source = SOURCES[document.format];
  const written = {
    source,
    sourceUrl: document.format === "jwks" ? (issuerUrl ?? null) : null,
    changedBy: actor.label,
  };
  return prisma.$transaction(
    async (tx) => {
      const existing = (await tx.trustedIssuer.findMany({ where: { tenantId } })).map(storedEntry);
      const comparison = compareTrustEntries(existing, document.issuers);
      const report: TTrustImportReport = {
        format: document.format,
        added: [],
        changed: [],
        unchanged: comparison.unchanged.map(({ existing: { row } }) => importEntry(row)),
        refused: document.refused,
      };
      for (const incoming of comparison.added) {
        const row = await tx.trustedIssuer.create({ data: { ...columnsOf(incoming), ...written, tenantId } });
        report.added.push(importEntry(row));
        await recordAudit(tx, actor, {
          tenantId,
          action: "trusted-issuer.imported",
          entityType: "TrustedIssuer",
          entityId: row.id,
          after: trustedIssuerView(row),
        });
      }
      for (const {
        existing: { row: before },
        incoming,
        summary,
      } of comparison.changed) {
        const row = await tx.trustedIssuer.update({
          where: { id: before.id },
          data: { ...columnsOf(incoming), ...written },
        });
        report.changed.push({ ...importEntry(row), changes: summary });
        await recordAudit(tx, actor, {
          tenantId,
          action: "trusted-issuer.updated-by-import",
          entityType: "TrustedIssuer",
          entityId: row.id,
          before: trustedIssuerView(before),
          after: trustedIssuerView(row),
        });
      }
      return report;
    },
    // A whole country's DSC list is hundreds of rows: more than the default five seconds on a busy database.
    { timeout: 60_000 },
  );
};
