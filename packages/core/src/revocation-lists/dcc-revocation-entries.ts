import { type DccRevocationEntry, dccRevocationEntry } from "@vax/credentials/eu-dcc";

// A DCC as issued never changes, so neither do its hashes; the cap bounds the memory a large recall may take.
const CAPACITY = 100_000;
const entries = new Map<string, DccRevocationEntry>();

/**
 * The kid and revocation hashes of an issued DCC (the OtherFormatCertificate row `id` holding its
 * QR text), decoded once per process: every request for the lists would otherwise decode, inflate
 * and hash every withdrawn DCC again.
 */
export const dccRevocationEntryOf = async ({ id, qr }: { id: string; qr: string }): Promise<DccRevocationEntry> => {
  const known = entries.get(id);
  if (known) return known;
  const entry = await dccRevocationEntry(qr);
  if (entries.size >= CAPACITY) entries.delete(entries.keys().next().value as string);
  entries.set(id, entry);
  return entry;
};
