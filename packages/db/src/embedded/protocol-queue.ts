import type { PGlite } from "@electric-sql/pglite";

type Job = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

// Parse, Bind, Describe, Execute, Close and Flush build the unnamed statement and portal that the
// next Sync completes; another connection's message in between would replace them.
const EXTENDED_QUERY = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48].map(Number));
const SYNC = 0x53;
const SIMPLE_QUERY = 0x51;
const TERMINATE = 0x58;

/**
 * The message queue of the embedded server, in place of pglite-socket's own. PGlite runs one
 * session, so connections take turns; pglite-socket's queue hands the session over between any
 * two messages outside a transaction, and pg's extended-query messages from two pooled
 * connections then interleave ("portal does not exist", or one query's rows answering
 * another). This queue keeps the session with a connection from its first extended-query message
 * to its Sync, and for as long as it holds a transaction open.
 */
export class ProtocolQueue {
  private readonly queue: Job[] = [];
  private processing = false;
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  /** Queues one frontend message of a connection; resolves with the bytes answered once PGlite ran it. */
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  /** Drops a closed connection's queued messages. */
  clearQueueForHandler(handlerId: number): void {
    for (let index = this.queue.length - 1; index >= 0; index--) {
      const job = this.queue[index] as Job;
      if (job.handlerId !== handlerId) continue;
      this.queue.splice(index, 1);
      job.reject(new Error("Handler disconnected"));
    }
  }

  /** Rolls back what a closed connection left open and hands the session on. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    this.owner = null;
    void this.process();
  }

  private next(): Job | undefined {
    if (this.owner === null) return this.queue.shift();
    const index = this.queue.findIndex((job) => job.handlerId === this.owner);
    return index === -1 ? undefined : this.queue.splice(index, 1)[0];
  }

  private ownerAfter(job: Job): number | null {
    const type = job.message[0] ?? 0;
    if (EXTENDED_QUERY.has(type)) return job.handlerId;
    if (type === TERMINATE) return this.owner === job.handlerId ? null : this.owner;
    if (type === SYNC || type === SIMPLE_QUERY) return this.db.isInTransaction() ? job.handlerId : null;
    return this.owner;
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (let job = this.next(); job; job = this.next()) {
        const current = job;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(current.message, {
              onRawData: (data) => {
                bytes += data.length;
                current.onData(data);
              },
            }),
          );
        } catch (error) {
          this.owner = this.owner === current.handlerId && !this.db.isInTransaction() ? null : this.owner;
          current.reject(error);
          continue;
        }
        this.owner = this.ownerAfter(current);
        current.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }
}
