import type { RefusedTrustItem, TrustDocumentFormat } from "@vax/credentials/trust";
import type { TrustedIssuer } from "@vax/db";
import { storedKeys } from "./trusted-issuer-view";

/** One entry an import added, changed or left as it was. */
export type TTrustImportEntry = { id: string; name: string; country: string | null; keyCount: number };

/** What an import did: the document's format, the entries added, changed (with what changed) and unchanged, and each item refused with its reason. */
export type TTrustImportReport = {
  format: TrustDocumentFormat;
  added: TTrustImportEntry[];
  changed: Array<TTrustImportEntry & { changes: string[] }>;
  unchanged: TTrustImportEntry[];
  refused: RefusedTrustItem[];
};

/** An entry as the report names it. */
export const importEntry = (issuer: TrustedIssuer): TTrustImportEntry => ({
  id: issuer.id,
  name: issuer.name,
  country: issuer.country,
  keyCount: storedKeys(issuer.keys).length,
});
