import type { TrustList } from "../verify/types.ts";
import { deepJson } from "./hostile-inputs.ts";
import { createRng, type Rng } from "./prng.ts";
import { type FuzzFinding, type Mutant, mutantAt } from "./run-fuzz.ts";
import type { FuzzCorpus } from "./seed.ts";
import { signedContentOf } from "./signed-content.ts";

/** Sends one request body to `POST /api/v1/verify` and returns the status and the body as text. */
export type PostVerify = (body: string) => Promise<{ status: number; text: string }>;

/** What a run through the route saw. */
export type RouteFuzzSummary = {
  inputs: number;
  /** Answers of 500 or more. */
  serverErrors: number;
  /** 4xx answers: refused bodies (400) and certificates over the decoders' limits (413). */
  refused: number;
  verifiedUnchanged: number;
  verifiedChanged: number;
  findings: FuzzFinding[];
  elapsedMs: number;
};

/** Options of {@link fuzzRoute}. */
export type FuzzRouteOptions = {
  corpus: FuzzCorpus;
  /** The server's trust list, to read what a verified mutant's signature covers as the server did. */
  trust: TrustList;
  /** The signed content of every seed, as {@link seedContents} gives it. */
  contents: Set<string>;
  post: PostVerify;
  runSeed: number;
  count: number;
  from?: number;
  /** Requests in flight at once. */
  concurrency?: number;
};

// Bodies the route must refuse whatever certificate they carry.
const BROKEN_BODIES = [
  "",
  "{",
  "null",
  "[]",
  '"HC1:"',
  '{"qr":5}',
  '{"qr":""}',
  '{"credential":[]}',
  '{"credential":"x"}',
  '{"qr":"x","credential":{}}',
  '{"qr":"x","extra":1}',
  `{"credential":${deepJson(5_000)}}`,
  `{"credential":{"a":${deepJson(100_000)}}}`,
  `{"qr":"${"A".repeat(20_001)}"}`,
];

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (byte) => String.fromCharCode(byte)).join("");

// The mutant as the body a caller would send: text as {qr}, bytes as the Latin-1 text a scanner gives, JSON
// as {credential}; now and then a body the route must refuse outright.
const bodyOf = (mutant: Mutant, rng: Rng): string => {
  if (rng.chance(0.03)) return rng.pick(BROKEN_BODIES);
  const { input } = mutant;
  if (typeof input === "string") return JSON.stringify({ qr: input });
  if (input instanceof Uint8Array) return JSON.stringify({ qr: latin1(input) });
  try {
    return JSON.stringify({ credential: input });
  } catch {
    // Nested past JSON.stringify's stack: the same shape, written by hand.
    return `{"credential":{"deep":${deepJson(10_000)}}}`;
  }
};

// What the server read out of the body: the mutant after a JSON round trip.
const sentInput = (body: string): unknown => {
  try {
    const parsed = JSON.parse(body) as { qr?: unknown; credential?: unknown };
    return parsed.qr ?? parsed.credential;
  } catch {
    return undefined;
  }
};

/**
 * Posts `count` mutants to the verify route, `concurrency` at a time, and reports every 5xx, every answer that
 * is not JSON, and every mutant the server called verified although what it carries is not exactly a seed's
 * signed content.
 */
export const fuzzRoute = async (options: FuzzRouteOptions): Promise<RouteFuzzSummary> => {
  const { corpus, trust, contents, post, runSeed, count, from = 0, concurrency = 4 } = options;
  const summary: RouteFuzzSummary = {
    inputs: 0,
    serverErrors: 0,
    refused: 0,
    verifiedUnchanged: 0,
    verifiedChanged: 0,
    findings: [],
    elapsedMs: 0,
  };
  const started = performance.now();
  let next = from;
  const worker = async () => {
    while (next < from + count) {
      const index = next++;
      const mutant = mutantAt(corpus, runSeed, index);
      const body = bodyOf(mutant, createRng(runSeed ^ index));
      const finding = (problem: string) =>
        summary.findings.push({
          index,
          seed: mutant.seed.name,
          mutation: mutant.mutation,
          problem,
          excerpt: body.length > 600 ? `${body.slice(0, 600)}… (${body.length} characters)` : body,
        });
      summary.inputs++;
      const { status, text } = await post(body);
      if (status >= 500) {
        summary.serverErrors++;
        finding(`the route answered ${status}: ${text.slice(0, 300)}`);
        continue;
      }
      let answer: { verified?: unknown; error?: unknown };
      try {
        answer = JSON.parse(text) as typeof answer;
      } catch {
        finding(`the route answered ${status} with a body that is not JSON: ${text.slice(0, 300)}`);
        continue;
      }
      if (status >= 400) {
        summary.refused++;
        if (typeof answer.error !== "object") finding(`the route answered ${status} without an error object`);
        continue;
      }
      if (answer.verified !== true) continue;
      const content = await signedContentOf(sentInput(body), trust);
      if (content !== undefined && contents.has(content)) summary.verifiedUnchanged++;
      else {
        summary.verifiedChanged++;
        finding("the route called the mutant verified, but what it carries is not exactly what a seed's issuer signed");
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  summary.elapsedMs = performance.now() - started;
  return summary;
};
