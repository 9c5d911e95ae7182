import { readFileSync } from "node:fs";
import { type FuzzCorpus, type FuzzSummary, fuzzVerify, readFuzzCorpus, seedContents } from "@vax/credentials/fuzz";

/** A pool task: mutants `from` to `from + count` of the run seeded `runSeed`, over the corpus saved at `corpusFile`. */
export type FuzzTask = { runSeed: number; from: number; count: number; corpusFile: string };

// Each worker reads the run's corpus once: every worker mutates the same seeds, so any index can be made again.
let prepared: Promise<{ corpus: FuzzCorpus; contents: Set<string> }> | undefined;
const prepare = (corpusFile: string) => {
  prepared ??= (async () => {
    const corpus = readFuzzCorpus(readFileSync(corpusFile, "utf8"));
    return { corpus, contents: await seedContents(corpus) };
  })();
  return prepared;
};

/** Runs one slice of the fuzz run in a pool worker. */
export default async ({ runSeed, from, count, corpusFile }: FuzzTask): Promise<FuzzSummary> => {
  const { corpus, contents } = await prepare(corpusFile);
  return fuzzVerify({ corpus, runSeed, from, count, contents });
};
