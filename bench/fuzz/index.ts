// Fuzzing verification: 100,000 generated and mutated certificates of every format through verify() on a pool of
// all cores, then 10,000 through POST /api/v1/verify on the built verify app. One JSON line:
// {"bench":"fuzz","inputs":N,"crashes":0,"serverErrors":0,"inputsPerSec":N}; each half's figures and any
// finding (with the seed and index that make its input again) go to stderr, and a finding fails the bench.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { createFuzzCorpus, describeFinding, type FuzzSummary, writeFuzzCorpus } from "@vax/credentials/fuzz";
import { Piscina } from "piscina";
import type { RouteFigures } from "./route.ts";
import type { FuzzTask } from "./worker.ts";

const VERIFY_INPUTS = 100_000;
const ROUTE_INPUTS = 10_000;
const SLICE = 2_500;
const E2E_LOCK = "/tmp/vax-e2e.lock";
// Its own port, so the bench never meets an e2e run's apps on 3000-3003.
const BENCH_VERIFY_PORT = "4103";
// A new seed each run explores new mutants; it is printed, and FUZZ_SEED runs it again.
// biome-ignore lint/suspicious/noUndeclaredEnvVars: the bench runs outside turbo, so no task cache depends on it
const runSeed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
// Its signatures are randomised, so the corpus is made once, shared by every worker and the route, and kept.
const corpusFile = path.resolve(import.meta.dirname, "../../test-results", `fuzz-corpus-${runSeed}.json`);
mkdirSync(path.dirname(corpusFile), { recursive: true });
writeFileSync(corpusFile, writeFuzzCorpus(await createFuzzCorpus()));
console.error(`fuzz: seed ${runSeed}, corpus ${corpusFile}; a finding names the index that makes its input again`);

const throughVerify = async (): Promise<{ summary: FuzzSummary; ms: number }> => {
  const threads = availableParallelism();
  const pool = new Piscina({
    filename: new URL("./worker-entry.mjs", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
  });
  const started = performance.now();
  let done = 0;
  try {
    const slices: FuzzTask[] = [];
    for (let from = 0; from < VERIFY_INPUTS; from += SLICE) slices.push({ runSeed, from, count: SLICE, corpusFile });
    const results: FuzzSummary[] = await Promise.all(
      slices.map(async (task) => {
        const result: FuzzSummary = await pool.run(task);
        done += result.inputs;
        if (done % 20_000 === 0) console.error(`fuzz: ${done} of ${VERIFY_INPUTS} through verify()`);
        return result;
      }),
    );
    const summary = results.reduce((all, one) => ({
      inputs: all.inputs + one.inputs,
      crashes: all.crashes + one.crashes,
      verifiedUnchanged: all.verifiedUnchanged + one.verifiedUnchanged,
      verifiedChanged: all.verifiedChanged + one.verifiedChanged,
      findings: [...all.findings, ...one.findings],
      slowestMs: Math.max(all.slowestMs, one.slowestMs),
      elapsedMs: all.elapsedMs + one.elapsedMs,
    }));
    return { summary, ms: performance.now() - started };
  } finally {
    await pool.destroy();
  }
};

// Under the e2e lock: the route half builds the verify app's .next, which an e2e run would pull from under it.
// -o keeps the lock's descriptor from the children, which would otherwise hold it after the bench.
const throughRoute = async (): Promise<{ summary: RouteFigures }> => {
  console.error(`fuzz: waiting for ${E2E_LOCK} (builds and e2e runs take turns)`);
  const route = new URL("./route.ts", import.meta.url).pathname;
  const child = spawn(
    "flock",
    ["-o", E2E_LOCK, process.execPath, ...process.execArgv, route, String(runSeed), String(ROUTE_INPUTS), corpusFile],
    {
      env: { ...process.env, VERIFY_PORT: BENCH_VERIFY_PORT },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  let summary: RouteFigures | undefined;
  // next start writes to the same stdout as the figures; only the figures are read from it.
  createInterface({ input: child.stdout }).on("line", (line) => {
    if (line.startsWith('{"route":')) summary = (JSON.parse(line) as { route: RouteFigures }).route;
    else process.stderr.write(`${line}\n`);
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0 || !summary) throw new Error(`the route half of the fuzz bench failed (exit code ${code})`);
  return { summary };
};

const verifyHalf = await throughVerify();
for (const finding of verifyHalf.summary.findings.slice(0, 20)) {
  console.error(describeFinding(finding, runSeed, corpusFile));
}
const perSec = (inputs: number, ms: number) => Math.round((inputs * 1000) / ms);
const { findings: _, ...verifyFigures } = verifyHalf.summary;
console.error(
  `fuzz: verify() ${JSON.stringify({ ...verifyFigures, findings: verifyHalf.summary.findings.length, inputsPerSec: perSec(verifyHalf.summary.inputs, verifyHalf.ms) })}`,
);
const routeHalf = await throughRoute();
console.error(
  `fuzz: route ${JSON.stringify({ ...routeHalf.summary, inputsPerSec: perSec(routeHalf.summary.inputs, routeHalf.summary.elapsedMs) })}`,
);

// The rate counts the time spent on inputs: not the wait for the lock, nor building and starting the app.
const inputs = verifyHalf.summary.inputs + routeHalf.summary.inputs;
const line = {
  bench: "fuzz",
  inputs,
  crashes: verifyHalf.summary.crashes,
  serverErrors: routeHalf.summary.serverErrors,
  inputsPerSec: perSec(inputs, verifyHalf.ms + routeHalf.summary.elapsedMs),
};
process.stdout.write(`${JSON.stringify(line)}\n`);
const forged = verifyHalf.summary.verifiedChanged + routeHalf.summary.verifiedChanged;
const found = verifyHalf.summary.findings.length + routeHalf.summary.findings;
// Without a mutant that verified, the route half never reached a trusted signature, and proved little.
if (routeHalf.summary.verifiedUnchanged === 0) {
  console.error("fuzz: no mutant verified through the route: its platform certificate is not trusted there");
  process.exitCode = 1;
}
if (found > 0 || forged > 0) {
  console.error(`fuzz: ${found} findings, ${forged} of them mutants that verified; see above`);
  process.exitCode = 1;
}
