import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";

// /proc/<pid>/stat counts CPU in clock ticks, 100 a second on Linux.
const TICK_MS = 10;

const readStat = (path: string): string[] | null => {
  try {
    const text = readFileSync(path, "utf8");
    // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
};

// utime and stime are fields 14 and 15; after the name, state is index 0, so they are 11 and 12.
const cpuMsOf = (path: string): number => {
  const fields = readStat(path);
  return fields ? (Number(fields[11]) + Number(fields[12])) * TICK_MS : 0;
};

const parentOf = (pid: number): number => Number(readStat(`/proc/${pid}/stat`)?.[1] ?? 0);

const commandLine = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\u0000", " ");
  } catch {
    return "";
  }
};

const descendants = (root: number): number[] => {
  const pids = readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number);
  const found = new Set([root]);
  // Parents come before children in pid order only most of the time, so walk until nothing is added.
  for (let added = true; added; ) {
    added = false;
    for (const pid of pids) {
      if (!found.has(pid) && found.has(parentOf(pid))) {
        found.add(pid);
        added = true;
      }
    }
  }
  found.delete(root);
  return [...found];
};

/**
 * CPU milliseconds spent so far by each part of a bench run, by the part's name; PostgreSQL's by
 * backend (`postgres:<pid>`), since a pool closes idle connections and opens others.
 */
export type TCpuTally = Record<string, number>;

/** Which part of the run a process of the bench is: the name of its tally entry, or null to leave it out. */
export type TPartOf = (commandLine: string) => string | null;

/**
 * Reads the CPU time spent so far by this bench process, its child processes grouped by `partOf`
 * (a worker process's main thread apart from its other threads, which sign), and the PostgreSQL
 * backends connected to `databaseUrl` when the server runs on this machine. The difference of two
 * tallies is the CPU each part spent in between, whatever else loads the machine.
 */
export const cpuTally = async (partOf: TPartOf, databaseUrl?: string): Promise<TCpuTally> => {
  const tally: TCpuTally = { bench: cpuMsOf(`/proc/${process.pid}/stat`) };
  const add = (name: string, ms: number) => {
    tally[name] = (tally[name] ?? 0) + ms;
  };
  for (const pid of descendants(process.pid)) {
    const part = partOf(commandLine(pid));
    if (!part) continue;
    const total = cpuMsOf(`/proc/${pid}/stat`);
    const main = cpuMsOf(`/proc/${pid}/task/${pid}/stat`);
    add(`${part}Main`, main);
    add(`${part}Threads`, total - main);
  }
  if (databaseUrl && ["127.0.0.1", "localhost"].includes(new URL(databaseUrl).hostname)) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>(
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
      );
      for (const { pid } of rows) add(`postgres:${pid}`, cpuMsOf(`/proc/${pid}/stat`));
    } finally {
      await client.end();
    }
  }
  return tally;
};

/**
 * What each part spent between two tallies, per unit of work, rounded to a hundredth of a
 * millisecond: PostgreSQL's backends summed as `postgres`, each from when it was first seen (a
 * backend that ended in between is not counted).
 */
export const cpuMsPer = (before: TCpuTally, after: TCpuTally, units: number): TCpuTally => {
  const spent: TCpuTally = {};
  for (const [name, ms] of Object.entries(after)) {
    const part = name.startsWith("postgres:") ? "postgres" : name;
    spent[part] = (spent[part] ?? 0) + ms - (before[name] ?? 0);
  }
  return Object.fromEntries(Object.entries(spent).map(([part, ms]) => [part, Math.round((ms * 100) / units) / 100]));
};
