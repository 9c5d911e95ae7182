import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlQueryable,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import * as runtime from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

const require = createRequire(import.meta.url);

/** The WebAssembly schema engine's instance, as the package types it. */
export type SchemaEngine = runtime.SchemaEngine;

let instantiated: Promise<void> | undefined;

// The package's own entry imports the .wasm file as an ES module, which Node cannot do; so the
// module is compiled here and wired to its JavaScript glue by hand.
const instantiate = async () => {
  // The engine reports a Rust panic through this global before it aborts.
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message: string) => console.error(`Prisma schema engine panicked: ${message}`),
  };
  const glue = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(glue), "schema_engine_bg.wasm");
  const module = await WebAssembly.compile(await readFile(wasmPath));
  const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": runtime as never });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
};

const INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;

// The engine's schema describer reads catalog columns of Postgres' one-byte "char" type and
// expects them typed as Character, while the pg driver adapter refuses that type outright. The
// client below lets such columns through as text and remembers where they were (keyed by the
// rows array, which the adapter passes on unchanged); the adapter wrapper then retypes them.
const charColumnsOf = new WeakMap<object, number[]>();

// biome-ignore-start lint/suspicious/noExplicitAny: pg's query overloads cannot be forwarded with their types
const readCharAsText = (result: any) => {
  const fields: Array<{ dataTypeID: number }> = result?.fields ?? [];
  const charColumns: number[] = [];
  for (const [index, field] of fields.entries()) {
    if (field.dataTypeID !== INTERNAL_CHAR_OID) continue;
    field.dataTypeID = TEXT_OID;
    charColumns.push(index);
  }
  if (charColumns.length > 0) charColumnsOf.set(result.rows, charColumns);
  return result;
};

class CatalogClient extends pg.Client {
  override query(...args: any[]): any {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: Error | null, result: unknown) => callback(error, readCharAsText(result));
      return (super.query as any)(...args);
    }
    return (super.query as any)(...args).then(readCharAsText);
  }
}
// biome-ignore-end lint/suspicious/noExplicitAny: pg's query overloads

const retypeCharColumns = (result: SqlResultSet): SqlResultSet => {
  const charColumns = charColumnsOf.get(result.rows);
  if (!charColumns) return result;
  const columnTypes = [...result.columnTypes];
  for (const index of charColumns) columnTypes[index] = ColumnTypeEnum.Character;
  return { ...result, columnTypes };
};

// The adapter runs a migration script by splitting it at every ';', which cuts a function body (or a comment) in
// two; Prisma's native engine sends the script whole, and PostgreSQL's simple query protocol runs it as one.
const runWholeScript = (target: SqlQueryable) => async (script: string) => {
  await (target as unknown as { underlyingDriver: () => pg.Pool }).underlyingDriver().query(script);
};

const withCharColumns = <T extends SqlQueryable>(queryable: T): T =>
  new Proxy(queryable, {
    get(target, property, receiver) {
      if (property === "queryRaw") {
        return async (query: SqlQuery) => retypeCharColumns(await target.queryRaw(query));
      }
      if (property === "executeScript") return runWholeScript(target);
      if (property === "startTransaction") {
        return async (isolationLevel?: IsolationLevel) =>
          withCharColumns(await (target as unknown as SqlDriverAdapter).startTransaction(isolationLevel));
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });

const connectAdapter = async (connectionString: string, pools: pg.Pool[]) => {
  const pool = new pg.Pool({ connectionString, max: 1, Client: CatalogClient });
  // An idle connection closed by the server (the embedded one stopping) is not an error here.
  pool.on("error", () => undefined);
  pools.push(pool);
  return withCharColumns(await new PrismaPg(pool).connect());
};

/** Options for {@link openSchemaEngine}. */
export type OpenSchemaEngineOptions = {
  databaseUrl: string;
  schemaPath: string;
  /** Where `diff` from migrations replays them; needed only to create a migration. */
  shadowDatabaseUrl?: () => Promise<string>;
};

/** An open schema engine and the way to release it with its connections. */
export type OpenSchemaEngine = { engine: SchemaEngine; close: () => Promise<void> };

/** Opens Prisma's WebAssembly schema engine on a database reached through the `pg` driver adapter. */
export const openSchemaEngine = async ({
  databaseUrl,
  schemaPath,
  shadowDatabaseUrl,
}: OpenSchemaEngineOptions): Promise<OpenSchemaEngine> => {
  const pools: pg.Pool[] = [];
  instantiated ??= instantiate();
  await instantiated;
  const schema = await readFile(schemaPath, "utf8");
  const migrationAware: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectAdapter(databaseUrl, pools),
    connectToShadowDb: async () => {
      if (!shadowDatabaseUrl) throw new Error("This operation needs a shadow database");
      return connectAdapter(await shadowDatabaseUrl(), pools);
    },
  };
  const log = (message: string) => {
    if (process.env.VAX_DEBUG_MIGRATIONS) console.error(message);
  };
  const engine = await runtime.SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(migrationAware),
  );
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(pools.map((pool) => pool.end()));
    },
  };
};
