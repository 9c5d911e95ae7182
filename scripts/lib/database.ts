import path from "node:path";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@vax/db/embedded";

/** The database the platform runs on: PostgreSQL from DATABASE_URL, or the embedded one in .data/. */
export type PlatformDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/** Opens the platform's database: the one DATABASE_URL names, else the embedded Postgres. */
export const openPlatformDatabase = async (root: string): Promise<PlatformDatabase> => {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => undefined };
  const port = Number(process.env.VAX_EMBEDDED_DB_PORT ?? 54320);
  let server: EmbeddedPostgres;
  try {
    server = await startEmbeddedPostgres({ dataDir: path.join(root, ".data/pglite"), port });
  } catch (error) {
    throw new Error(
      `Could not start the embedded database on port ${port} (${(error as Error).message}). Is another 'npm start' running? Set VAX_EMBEDDED_DB_PORT to use another port.`,
    );
  }
  return { url: server.url, embedded: true, stop: server.stop };
};
