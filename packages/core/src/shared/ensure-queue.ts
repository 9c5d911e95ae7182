import type PgBoss from "pg-boss";

/** A queue's name and the options it is kept with. */
export type TQueueOptions = PgBoss.Queue & { name: string };

// PostgreSQL's "deadlock detected": two workers starting at once both create the queue's partition.
const DEADLOCK = "40P01";
const TRIES = 5;

const isDeadlock = (error: unknown) => (error as { code?: unknown })?.code === DEADLOCK;

/**
 * Creates a pg-boss queue when missing and sets its options, so a changed retry policy reaches a
 * queue made by an older worker. Several workers start at once in a scaled-out deployment; the one
 * that loses PostgreSQL's deadlock check tries again instead of stopping.
 */
export const ensureQueue = async (boss: PgBoss, options: TQueueOptions): Promise<void> => {
  for (let attempt = 1; ; attempt++) {
    try {
      await boss.createQueue(options.name, options);
      await boss.updateQueue(options.name, options);
      return;
    } catch (error) {
      if (!isDeadlock(error) || attempt >= TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
    }
  }
};
