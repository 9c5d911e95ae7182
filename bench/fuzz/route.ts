// The route half of the fuzz bench, run by index.ts under the e2e lock: the demo verify app on a port of its own,
// then mutants of a platform certificate and of the fuzz corpus through POST /api/v1/verify. Prints one JSON line,
// {"route": …}.
import { readFileSync } from "node:fs";
import {
  describeFinding,
  fuzzRoute,
  type RouteFuzzSummary,
  readFuzzCorpus,
  seedContents,
  w3cCredentialSeeds,
} from "@vax/credentials/fuzz";
import type { TrustList } from "@vax/credentials/verify";
import { startDemoVerifyApp } from "../lib/demo-verify-app.ts";

/** The route half's figures as route.ts prints them: its findings are told on stderr and counted here. */
export type RouteFigures = Omit<RouteFuzzSummary, "findings"> & { findings: number };

const runSeed = Number(process.argv[2]);
const count = Number(process.argv[3]);
const corpusFile = process.argv[4] as string;

const app = await startDemoVerifyApp();
try {
  const base = app.loopbackUrl;
  const trust = (await (await fetch(`${base}/api/v1/trust-list`)).json()) as TrustList;
  const corpus = readFuzzCorpus(readFileSync(corpusFile, "utf8"));
  const seeds = [...w3cCredentialSeeds("platform W3C", await app.platformCertificate()), ...corpus.seeds];
  const routeCorpus = { seeds, trust: corpus.trust };
  const contents = await seedContents({ seeds, trust });
  const post = async (body: string) => {
    const response = await fetch(`${base}/api/v1/verify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    return { status: response.status, text: await response.text() };
  };
  console.error(`fuzz: ${count} mutants through POST /api/v1/verify (seed ${runSeed})`);
  const summary = await fuzzRoute({ corpus: routeCorpus, trust, contents, post, runSeed, count, concurrency: 4 });
  // The route's corpus adds the platform certificate in front of the saved one, so its indexes are its own.
  for (const finding of summary.findings.slice(0, 20)) console.error(describeFinding(finding, runSeed));
  const figures: RouteFigures = { ...summary, findings: summary.findings.length };
  process.stdout.write(`${JSON.stringify({ route: figures })}\n`);
} finally {
  await app.stop();
}
