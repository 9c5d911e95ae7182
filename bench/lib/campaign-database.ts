import { createPrismaClient } from "@vax/db";
import { applyMigrations } from "@vax/db/migrate";
import { openTestDatabase, withPgClient } from "@vax/db/testing";
import pg from "pg";
import { postgresServer } from "../certify/postgres-server.ts";
import { type CampaignDatasetOptions, generateCampaignDataset, type TCampaignDataset } from "./campaign-dataset.ts";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: the bench runs outside turbo, so no task cache depends on it
const keep = process.env.BENCH_KEEP_DATASET === "1";

const generate = async (url: string, options: CampaignDatasetOptions) => {
  const db = createPrismaClient(url, 1);
  try {
    return await generateCampaignDataset(db, { ...options, log: (line) => console.error(line) });
  } finally {
    await db.$disconnect();
  }
};

// With BENCH_KEEP_DATASET=1 the dataset stays in `vax_bench_campaign_<doses>`, described in the database's comment,
// and the next run reuses it (migrated to the branch's schema) instead of spending minutes making it again.
const keptDatabase = async (serverUrl: string, options: CampaignDatasetOptions & { doses: number }) => {
  const name = `vax_bench_campaign_${options.doses}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const described = await withPgClient(serverUrl, async (client) => {
    const { rows } = await client.query<{ comment: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
      [name],
    );
    if (rows.length === 0) await client.query(`CREATE DATABASE "${name}"`);
    return rows[0]?.comment ?? null;
  });
  await applyMigrations(url.toString());
  if (described) return { url: url.toString(), dataset: JSON.parse(described) as TCampaignDataset };
  const dataset = await generate(url.toString(), options);
  await withPgClient(serverUrl, (client) =>
    client.query(`COMMENT ON DATABASE "${name}" IS ${pg.escapeLiteral(JSON.stringify(dataset))}`),
  );
  return { url: url.toString(), dataset };
};

/**
 * Runs `work` on a database of this machine's PostgreSQL 15 (see `postgresServer`) holding a
 * generated campaign, then drops it; or says why there is none. A million doses are too many for
 * the embedded database, so the read benches measure on the server only.
 */
export const withCampaignDatabase = async (
  bench: string,
  options: CampaignDatasetOptions & { doses: number },
  work: (url: string, dataset: TCampaignDataset) => Promise<void>,
): Promise<void> => {
  const server = await postgresServer();
  if ("skipped" in server) {
    console.error(`${bench}: skipped: ${server.skipped}`);
    return;
  }
  if (keep) {
    const { url, dataset } = await keptDatabase(server.serverUrl, options);
    await work(url, dataset);
    return;
  }
  const database = await openTestDatabase({ serverUrl: server.serverUrl });
  try {
    await work(database.url, await generate(database.url, options));
  } finally {
    await database.stop();
  }
};
