import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { TSealedSigningKey, TSignedCredential, TSigningTask } from "./sign-on-this-thread.ts";

export type { TSealedSigningKey, TSignedCredential } from "./sign-on-this-thread.ts";

// A package specifier, not a path: Piscina's worker require()s it from node_modules at run time,
// where a path computed here would be wrong once Next.js has bundled this module.
const WORKER = "@vax/credentials/sign-worker";
// One core stays with the process's own thread, which answers requests, talks to the database and
// writes JSON; the others sign. On a single core the one worker shares it.
let threads = Math.max(1, availableParallelism() - 1);
// A task signs this many credentials, some 40 ms of work: enough that messaging costs little
// beside it, few enough that a dose recorded in the facility app waits behind little.
const CREDENTIALS_PER_TASK = 25;
// Each call keeps every thread busy and one task waiting, no more, so that a thousand-row batch
// never queues forty tasks ahead of the next caller's.
const tasksInFlight = () => threads + 1;
const POOL = Symbol.for("@vax/credentials/signing-pool");

// On globalThis so that a module evaluated again (Next.js dev reloads) reuses the running workers.
const holder = globalThis as typeof globalThis & { [POOL]?: Piscina };

/** The worker threads that sign credentials, one per core but one, started on first use. */
const signingPool = (): Piscina => {
  holder[POOL] ??= new Piscina({ filename: WORKER, minThreads: threads, maxThreads: threads });
  return holder[POOL];
};

/**
 * Sets how many threads sign, before the pool's first use: a worker process, whose own thread
 * answers no one, signs on every core. Once the pool runs its size stays.
 */
export const setSigningThreads = (count: number): void => {
  if (holder[POOL]) return;
  threads = Math.max(1, Math.floor(count));
};

/** Options for {@link signCredentialsOnPool}. */
export type SignCredentialsOnPoolOptions = {
  /** The issuer's key as stored: each worker opens it itself, so the opened key never crosses threads. */
  key: TSealedSigningKey;
  keyEncryptionKey: string;
  /** The proofs' `created` time. */
  created: Date;
  /** Unsigned credentials (`buildVaccinationCredential`). */
  credentials: Record<string, unknown>[];
};

/**
 * Signs credentials (eddsa-rdfc-2022) and encodes their QR texts on a pool of worker threads,
 * answering in the order given. Canonicalising and signing take some 1.5 ms of CPU a credential,
 * so a thousand-row batch signed on the caller's thread would hold its event loop for seconds.
 */
export const signCredentialsOnPool = async ({
  key,
  keyEncryptionKey,
  created,
  credentials,
}: SignCredentialsOnPoolOptions): Promise<TSignedCredential[]> => {
  const pool = signingPool();
  const chunks: string[] = [];
  for (let start = 0; start < credentials.length; start += CREDENTIALS_PER_TASK) {
    chunks.push(JSON.stringify(credentials.slice(start, start + CREDENTIALS_PER_TASK)));
  }
  const signed: TSignedCredential[][] = [];
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (next < chunks.length && !failed) {
      const index = next++;
      const task: TSigningTask = {
        key,
        keyEncryptionKey,
        created,
        credentials: chunks[index] as string,
      };
      try {
        signed[index] = await pool.run(task);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(tasksInFlight(), chunks.length) }, lane));
  return signed.flat();
};
