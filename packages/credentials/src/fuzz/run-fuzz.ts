import { CHECK_NAMES, type StatusLookup, type VerifyResult, verify } from "../verify/index.ts";
import { mutateCarrier } from "./mutate-carrier.ts";
import { type Mutated, mutateBytes, mutateText } from "./mutate-text.ts";
import { mutantRng, type Rng } from "./prng.ts";
import type { FuzzCorpus, FuzzSeed } from "./seed.ts";
import { signedContentOf } from "./signed-content.ts";

/** One generated input: which seed it came from, what was done to it, and the input itself. */
export type Mutant = { index: number; seed: FuzzSeed; mutation: string; input: FuzzSeed["input"] };

/** Something the fuzzer found wrong, with what is needed to make the input again. */
export type FuzzFinding = { index: number; seed: string; mutation: string; problem: string; excerpt: string };

/** What a run of the fuzzer saw. */
export type FuzzSummary = {
  inputs: number;
  /** verify() threw, answered in the wrong shape, took longer than {@link HANG_MS} or {@link BLOW_UP_BYTES}. */
  crashes: number;
  /** Mutants that verified with exactly the seed's signed content (allowed), and ones that verified otherwise. */
  verifiedUnchanged: number;
  verifiedChanged: number;
  findings: FuzzFinding[];
  slowestMs: number;
  elapsedMs: number;
};

/** Longer than this for one input counts as a hang: a certificate is checked in milliseconds. */
export const HANG_MS = 10_000;

/** More buffer memory than this taken by one input counts as a blow-up: the decoders' limits are far below it. */
export const BLOW_UP_BYTES = 64 * 1024 * 1024;

/** The status lookup the fuzzer passes: not revoked, so that status checks run without a network. */
const notRevoked: StatusLookup = () => false;

const excerptOf = (input: unknown): string => {
  const text =
    input instanceof Uint8Array
      ? `bytes ${Buffer.from(input).toString("base64")}`
      : typeof input === "string"
        ? JSON.stringify(input)
        : (() => {
            try {
              return JSON.stringify(input) ?? String(input);
            } catch {
              return "(an object JSON cannot write)";
            }
          })();
  return text.length > 600 ? `${text.slice(0, 600)}… (${text.length} characters)` : text;
};

const asText = (input: FuzzSeed["input"]): string => {
  if (typeof input === "string") return input;
  if (input instanceof Uint8Array) return Buffer.from(input).toString("latin1");
  try {
    return JSON.stringify(input) ?? "";
  } catch {
    // An object an earlier step nested past JSON.stringify's stack.
    return "";
  }
};

// From the outside: the carrier's own text or bytes, as a scanner or a caller might damage them.
const mutateOutside = (seed: FuzzSeed, rng: Rng, other: FuzzSeed): Mutated<FuzzSeed["input"]> => {
  if (seed.input instanceof Uint8Array) {
    const bytes = other.input instanceof Uint8Array ? other.input : Buffer.from(asText(other.input), "latin1");
    return mutateBytes(seed.input, rng, bytes);
  }
  return mutateText(asText(seed.input), rng, asText(other.input));
};

/**
 * Mutant `index` of the run seeded `runSeed`: a seed picked at random, changed inside its carrier (most often)
 * or from the outside, once or a few times over. The same corpus, seed and index always give the same mutation.
 */
export const mutantAt = (corpus: FuzzCorpus, runSeed: number, index: number): Mutant => {
  const rng = mutantRng(runSeed, index);
  const seed = rng.pick(corpus.seeds);
  let current: FuzzSeed = seed;
  const steps: string[] = [];
  for (let step = rng.chance(0.8) ? 1 : rng.between(2, 3); step > 0; step--) {
    const other = rng.pick(corpus.seeds);
    let mutated: Mutated<FuzzSeed["input"]>;
    try {
      mutated = rng.chance(0.8) ? mutateCarrier(current, rng, asText(other.input)) : mutateOutside(current, rng, other);
    } catch {
      // A carrier an earlier step broke (or a hostile seed's) cannot be opened; damage it from the outside.
      mutated = mutateOutside(current, rng, other);
    }
    steps.push(mutated.what);
    current = { ...current, input: mutated.value };
  }
  return { index, seed, mutation: steps.join("; then "), input: current.input };
};

const shapeProblem = (result: VerifyResult): string | undefined => {
  if (typeof result?.verified !== "boolean") return "the result has no verified flag";
  if (!Array.isArray(result.checks) || result.checks.length !== CHECK_NAMES.length) return "the result lacks checks";
  const odd = result.checks.find((check, at) => check.name !== CHECK_NAMES[at] || typeof check.reason !== "string");
  if (odd) return `the check ${String(odd.name)} is malformed`;
  if (result.verified && result.subject === null) return "a verified result names no holder";
  return undefined;
};

/** The signed content of every seed, to tell an allowed verified mutant (same signed bytes) from a forgery. */
export const seedContents = async (corpus: FuzzCorpus): Promise<Set<string>> => {
  const contents = await Promise.all(corpus.seeds.map((seed) => signedContentOf(seed.input, corpus.trust)));
  return new Set(contents.filter((content): content is string => content !== undefined));
};

/** Options of {@link fuzzVerify}. */
export type FuzzVerifyOptions = {
  corpus: FuzzCorpus;
  runSeed: number;
  count: number;
  /** The first index, to run a slice of a run (one worker's share). */
  from?: number;
  contents?: Set<string>;
  /** Told each mutant before it is verified: a process that dies outright (a fatal V8 error) leaves its index. */
  onMutant?: (mutant: Mutant) => void;
};

/**
 * Runs `count` mutants through verify() and reports every crash (a throw, a malformed result, a hang) and every
 * mutant that verified although what it carries is not exactly a seed's signed content.
 */
export const fuzzVerify = async ({
  corpus,
  runSeed,
  count,
  from = 0,
  contents,
  onMutant,
}: FuzzVerifyOptions): Promise<FuzzSummary> => {
  const known = contents ?? (await seedContents(corpus));
  const summary: FuzzSummary = {
    inputs: 0,
    crashes: 0,
    verifiedUnchanged: 0,
    verifiedChanged: 0,
    findings: [],
    slowestMs: 0,
    elapsedMs: 0,
  };
  const runStarted = performance.now();
  for (let index = from; index < from + count; index++) {
    const mutant = mutantAt(corpus, runSeed, index);
    onMutant?.(mutant);
    const finding = (problem: string) =>
      summary.findings.push({
        index,
        seed: mutant.seed.name,
        mutation: mutant.mutation,
        problem,
        excerpt: excerptOf(mutant.input),
      });
    summary.inputs++;
    const memoryBefore = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    let result: VerifyResult;
    try {
      result = await verify(mutant.input, { trust: corpus.trust, now: mutant.seed.now, status: notRevoked });
    } catch (error) {
      summary.crashes++;
      finding(`verify() threw: ${error instanceof Error ? error.stack : String(error)}`);
      continue;
    }
    const ms = performance.now() - started;
    const grew = process.memoryUsage().arrayBuffers - memoryBefore;
    summary.slowestMs = Math.max(summary.slowestMs, ms);
    const problem =
      shapeProblem(result) ??
      (ms > HANG_MS ? `verify() took ${Math.round(ms)} ms` : undefined) ??
      (grew > BLOW_UP_BYTES ? `verify() took ${Math.round(grew / 1024 / 1024)} MiB of buffers` : undefined);
    if (problem) {
      summary.crashes++;
      finding(problem);
      continue;
    }
    if (!result.verified) continue;
    const content = await signedContentOf(mutant.input, corpus.trust);
    if (content !== undefined && known.has(content)) {
      summary.verifiedUnchanged++;
    } else {
      summary.verifiedChanged++;
      finding("the mutant verified, but what it carries is not exactly what a seed's issuer signed");
    }
  }
  summary.elapsedMs = performance.now() - runStarted;
  return summary;
};

/**
 * A finding as a paragraph that says how to make its input again: the run's seed and the mutant's index, over
 * the run's corpus (as writeFuzzCorpus saved it at `corpusFile`).
 */
export const describeFinding = (finding: FuzzFinding, runSeed: number, corpusFile?: string): string =>
  [
    `${finding.problem}`,
    `  seed ${runSeed}, mutant ${finding.index}: ${finding.seed}, ${finding.mutation}`,
    corpusFile
      ? `  reproduce: mutantAt(readFuzzCorpus(readFileSync(${JSON.stringify(corpusFile)}, "utf8")), ${runSeed}, ${finding.index})`
      : `  reproduce: mutantAt(<the run's corpus>, ${runSeed}, ${finding.index})`,
    `  input: ${finding.excerpt}`,
  ].join("\n");
