// Bulk certify upload on PostgreSQL 15: 100,000 rows through the bulk upload worker (pg-boss chunks,
// signed, stored with status entries and row outcomes), then the same file again, which must issue
// nothing new. Two JSON lines; the measurement runs in a child process whose environment names the
// fresh database, as the worker process's does.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createInterface } from "node:readline";
import { seedDemoData } from "@vax/db/seed";
import { openTestDatabase } from "@vax/db/testing";
import { postgresServer } from "../certify/postgres-server.ts";
import { root, withDatabaseClient } from "../lib/bench-apps.ts";

const server = await postgresServer();
if ("skipped" in server) {
  console.error(`bulk: skipped: ${server.skipped}`);
} else {
  const database = await openTestDatabase({ serverUrl: server.serverUrl });
  try {
    const keyEncryptionKey = randomBytes(32).toString("base64");
    await withDatabaseClient(database.url, (db) => seedDemoData(db, { keyEncryptionKey }));
    const child = spawn(process.execPath, [...process.execArgv, new URL("./measure.ts", import.meta.url).pathname], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: database.url, VAX_KEY_ENCRYPTION_KEY: keyEncryptionKey, VAX_DEMO: "true" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines = createInterface({ input: child.stdout });
    lines.on("line", (line) => {
      if (line.startsWith('{"bench":"bulk"')) process.stdout.write(`${line}\n`);
      else process.stderr.write(`${line}\n`);
    });
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    if (code !== 0) throw new Error(`the bulk bench failed (exit code ${code})`);
  } finally {
    await database.stop();
  }
}
