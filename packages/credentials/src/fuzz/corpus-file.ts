import type { FuzzCorpus, FuzzSeed } from "./seed.ts";

// ECDSA and RSA-PSS signatures are randomised, so a corpus made again is not byte for byte the one a run
// used, and neither are its mutants: a run that must be replayable keeps its corpus as JSON.

type StoredSeed = Omit<FuzzSeed, "input" | "now"> & { input: unknown; bytes?: true; now: string };

/** The corpus as JSON text: byte inputs as base64, times as ISO strings. */
export const writeFuzzCorpus = (corpus: FuzzCorpus): string =>
  JSON.stringify({
    trust: corpus.trust,
    seeds: corpus.seeds.map(
      (seed): StoredSeed => ({
        ...seed,
        now: seed.now.toISOString(),
        ...(seed.input instanceof Uint8Array
          ? { input: Buffer.from(seed.input).toString("base64"), bytes: true }
          : { input: seed.input }),
      }),
    ),
  });

/** A corpus written by {@link writeFuzzCorpus}, exactly as it was. */
export const readFuzzCorpus = (text: string): FuzzCorpus => {
  const stored = JSON.parse(text) as { trust: FuzzCorpus["trust"]; seeds: StoredSeed[] };
  return {
    trust: stored.trust,
    seeds: stored.seeds.map(({ bytes, ...seed }) => ({
      ...seed,
      now: new Date(seed.now),
      input: bytes ? new Uint8Array(Buffer.from(seed.input as string, "base64")) : (seed.input as FuzzSeed["input"]),
    })),
  };
};
