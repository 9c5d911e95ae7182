import { createFuzzCorpus, type FuzzCorpus, type FuzzSummary, fuzzVerify, seedContents } from "@vax/credentials/fuzz";

/** A pool task: mutants `from` to `from + count` of the run seeded `runSeed`, through verify(). */
export type FuzzTask = { runSeed: number; from: number; count: number };

// Each worker makes its corpus once (fresh RSA and P-256 keys are the slow part) and reuses it for every task.
let prepared: Promise<{ corpus: FuzzCorpus; contents: Set<string> }> | undefined;
const prepare = () => {
  prepared ??= (async () => {
    const corpus = await createFuzzCorpus();
    return { corpus, contents: await seedContents(corpus) };
  })();
  return prepared;
};

/** Runs one slice of the fuzz run in a pool worker. */
export default async ({ runSeed, from, count }: FuzzTask): Promise<FuzzSummary> => {
  const { corpus, contents } = await prepare();
  return fuzzVerify({ corpus, runSeed, from, count, contents });
};
