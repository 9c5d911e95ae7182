import net from "node:net";
import path from "node:path";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "@vax/db/embedded";

/** The database the platform runs on: PostgreSQL from DATABASE_URL, or the embedded one in .data/. */
export type PlatformDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

const embeddedPort = () => Number(process.env.VAX_EMBEDDED_DB_PORT ?? 54320);
const embeddedUrl = (port: number) => `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

const listening = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });

/** Opens the platform's database: the one DATABASE_URL names, else the embedded Postgres. */
export const openPlatformDatabase = async (root: string): Promise<PlatformDatabase> => {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => undefined };
  const port = embeddedPort();
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

/**
 * Reaches the platform's database for a one-off command: DATABASE_URL, else the embedded database
 * that a running `npm start` serves (its data folder must not be opened twice), else the embedded
 * database started for the command alone.
 */
export const reachPlatformDatabase = async (root: string): Promise<PlatformDatabase> => {
  if (!process.env.DATABASE_URL && (await listening(embeddedPort()))) {
    return { url: embeddedUrl(embeddedPort()), embedded: true, stop: async () => undefined };
  }
  return openPlatformDatabase(root);
};
