import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** Secrets a local platform needs; made once per data folder so sessions survive restarts. */
export type LocalSecrets = { nextAuthSecret: string; keyEncryptionKey: string };

/** Reads the local secrets from the data folder, making them on first start. */
export const loadLocalSecrets = async (dataDir: string): Promise<LocalSecrets> => {
  const file = path.join(dataDir, "secrets.json");
  if (existsSync(file)) return JSON.parse(await readFile(file, "utf8")) as LocalSecrets;
  const secrets: LocalSecrets = {
    nextAuthSecret: randomBytes(32).toString("base64url"),
    keyEncryptionKey: randomBytes(32).toString("base64"),
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
};
