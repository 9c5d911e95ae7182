export { createFuzzCorpus } from "./corpus.ts";
export { readFuzzCorpus, writeFuzzCorpus } from "./corpus-file.ts";
export * from "./hostile-inputs.ts";
export { createRng, mutantRng, type Rng } from "./prng.ts";
export {
  BLOW_UP_BYTES,
  describeFinding,
  type FuzzFinding,
  type FuzzSummary,
  type FuzzVerifyOptions,
  fuzzVerify,
  HANG_MS,
  type Mutant,
  mutantAt,
  seedContents,
} from "./run-fuzz.ts";
export { type FuzzRouteOptions, fuzzRoute, type PostVerify, type RouteFuzzSummary } from "./run-route-fuzz.ts";
export { FUZZ_NOW, type FuzzCorpus, type FuzzSeed, type SeedKind, w3cCredentialSeeds } from "./seed.ts";
export { signedContentOf } from "./signed-content.ts";
