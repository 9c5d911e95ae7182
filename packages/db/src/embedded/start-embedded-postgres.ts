import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { ProtocolQueue } from "./protocol-queue";

/** Options for {@link startEmbeddedPostgres}. */
export type EmbeddedPostgresOptions = {
  /** Folder that keeps the data across restarts; omit for a throw-away in-memory database. */
  dataDir?: string;
  port?: number;
  host?: string;
};

/** A running embedded Postgres and the URL that reaches it. */
export type EmbeddedPostgres = {
  url: string;
  stop: () => Promise<void>;
};

/**
 * Starts PGlite and serves it over the Postgres wire protocol, so every app process talks to
 * it through the same `pg` driver it would use against a real PostgreSQL server.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  port = 0,
  host = "127.0.0.1",
}: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> => {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  // An early migration creates pg_trgm (applied migrations are never rewritten) and certificate_name_search drops
  // it, so a new database needs it for a moment, as on a PostgreSQL server.
  const extensions = { pg_trgm };
  const db = dataDir ? new PGlite(dataDir, { extensions }) : new PGlite({ extensions });
  await db.waitReady;
  // PGlite runs one session; the queue gives it to one connection at a time, for a whole
  // extended query or an open transaction, so many pooled clients can share it safely.
  const server = new PGLiteSocketServer({ db, port, host, maxConnections: 100 });
  // pglite-socket has no option for its queue; every handler takes the server's when it connects.
  (server as unknown as { queryQueue: ProtocolQueue }).queryQueue = new ProtocolQueue(db);
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
};
