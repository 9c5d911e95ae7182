import { PrismaPg } from "@prisma/adapter-pg";
import { env, requireDatabaseUrl } from "@vax/config/env";
import { PrismaClient } from "./generated/prisma/client";

// Secret columns are left out of every query unless a query asks for them by name.
const omitSecrets = {
  user: { passwordHash: true },
  apiClient: { secretHash: true, previousSecretHash: true },
  signingKey: { encryptedPrivateKey: true },
  oneTimeCode: { codeHash: true },
  notification: { secret: true },
  apiClientWebhook: { secret: true },
} as const;

/** Makes a Prisma client on the pg driver adapter (no query-engine binary). */
export const createPrismaClient = (connectionString: string, poolSize = env.VAX_DB_POOL_SIZE) =>
  new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: poolSize }),
    omit: omitSecrets,
  });

/** The platform's Prisma client type, with secret columns omitted by default. */
export type Database = ReturnType<typeof createPrismaClient>;

/** The client inside an interactive transaction; the whole client fits it too, so reads take either. */
export type DatabaseTransaction = Omit<
  Database,
  "$connect" | "$disconnect" | "$on" | "$use" | "$extends" | "$transaction"
>;

const globalForPrisma = globalThis as unknown as { vaxPrisma?: Database };

/** The process's one client, made on first use from DATABASE_URL (kept on globalThis across hot reloads). */
export const getPrisma = (): Database => {
  globalForPrisma.vaxPrisma ??= createPrismaClient(requireDatabaseUrl());
  return globalForPrisma.vaxPrisma;
};

/** The process's client; the connection is opened lazily, so importing this never needs a database. */
export const prisma: Database = new Proxy({} as Database, {
  get: (_target, property) => Reflect.get(getPrisma(), property),
});
