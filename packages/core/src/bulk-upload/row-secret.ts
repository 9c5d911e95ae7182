import { requireKeyEncryptionKey } from "@vax/config/env";
import { isSealedSecret, openSecret, sealSecret } from "@vax/credentials/keys";

const PURPOSE = "bulk-upload-row";

/** The columns of a kind whose cells are secrets: sealed while the row waits, erased once it is processed. */
export const secretColumns: Record<string, readonly string[]> = { users: ["password"] };

/** A row's cells with its secret cells sealed under the key encryption key. */
export const sealRowSecrets = (kind: string, cells: Record<string, string>): Record<string, string> => {
  const secrets = secretColumns[kind] ?? [];
  if (!secrets.length) return cells;
  const key = requireKeyEncryptionKey();
  return Object.fromEntries(
    Object.entries(cells).map(([name, value]) => [
      name,
      secrets.includes(name) && value !== "" ? sealSecret(value, key, PURPOSE) : value,
    ]),
  );
};

/** A secret cell back in clear. */
export const openRowSecret = (value: string): string =>
  isSealedSecret(value) ? openSecret(value, requireKeyEncryptionKey(), PURPOSE) : value;

/** A row's cells with its secret cells emptied: what is kept once the row is processed, and what the errors CSV shows. */
export const withoutRowSecrets = (kind: string, cells: Record<string, string>): Record<string, string> => {
  const secrets = secretColumns[kind] ?? [];
  return Object.fromEntries(Object.entries(cells).map(([name, value]) => [name, secrets.includes(name) ? "" : value]));
};
