import { existsSync, readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import type { TrustedIssuer, TrustList } from "../verify/types";

// npm run verify -- <file or text> [--trust file [--trust-issuer url]]... [--now ISO-time] – check one certificate
const USAGE = `Usage: npm run verify -- <file or text> [--trust file [--trust-issuer url]]... [--now ISO-time]

  <file or text>  a certificate file (JSON, QR text or DIVOC ZIP bytes), or the QR text itself
  --trust         a file of issuers to trust; may be given more than once. Any of:
                    our trust list   {issuers: [{name, country?, ids: [...], keys: [...]}]}
                    a DSC list       [{kid, country, certificateType, rawData}] (EU DCC / WHO GDHCN)
                    a JWKS           {keys: [...]}, with --trust-issuer right after it
                  default: trust nobody. Items that cannot be trusted are listed on stderr, with why.
  --trust-issuer  the issuer URL of the JWKS given by the --trust just before it (a JWKS does not name its
                  issuer), e.g. --trust jwks.json --trust-issuer https://spec.smarthealth.cards/examples/issuer
  --now           the time to judge validity at, e.g. 2021-05-03T18:00:00Z; default: the current time.
                  DSCs of a DSC list are also judged valid or not at this time.

Prints the verification result as JSON. Exit code 0: verified, 1: not verified, 2: usage error.`;

class UsageError extends Error {}

type TrustSource = { file: string; issuerUrl?: string };

// Each --trust-issuer belongs to the --trust before it, so several JWKS may be given with their issuers.
const trustSources = (tokens: ReturnType<typeof parseArgs>["tokens"]): TrustSource[] => {
  const sources: TrustSource[] = [];
  for (const token of tokens ?? []) {
    if (token.kind !== "option" || token.value === undefined) continue;
    if (token.name === "trust") sources.push({ file: token.value });
    if (token.name === "trust-issuer") {
      const last = sources.at(-1);
      if (!last) throw new UsageError("--trust-issuer names the issuer of a --trust file: give the --trust first.");
      if (last.issuerUrl) throw new UsageError(`--trust ${last.file} was given two issuers.`);
      last.issuerUrl = token.value;
    }
  }
  return sources;
};

const readTrustFile = (file: string, maxChars: number): string => {
  try {
    if (statSync(file).size > maxChars) throw new Error(`it is larger than ${maxChars} bytes`);
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new UsageError(`Cannot read the trust file ${file}: ${(error as Error).message}`);
  }
};

const readTrust = async (sources: TrustSource[], now: Date): Promise<TrustList> => {
  const { MAX_TRUST_DOCUMENT_CHARS, readTrustDocument, TrustDocumentError } = await import("../trust/index");
  const issuers: TrustedIssuer[] = [];
  for (const { file, issuerUrl } of sources) {
    const text = readTrustFile(file, MAX_TRUST_DOCUMENT_CHARS);
    try {
      const document = await readTrustDocument(text, { now, ...(issuerUrl ? { issuerUrl } : {}) });
      if (issuerUrl && document.format !== "jwks") {
        throw new UsageError(`--trust-issuer is for a JWKS, but ${file} is a ${document.format}.`);
      }
      for (const { item, reason } of document.refused) console.error(`${file}: refused ${item}: ${reason}`);
      issuers.push(...document.issuers);
    } catch (error) {
      if (error instanceof TrustDocumentError) throw new UsageError(`${file}: ${error.message}`);
      throw error;
    }
  }
  return { issuers };
};

const readNow = (text: string | undefined): Date | undefined => {
  if (text === undefined) return undefined;
  const now = new Date(text);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now "${text}" is not an ISO date-time.`);
  return now;
};

// A path that exists is read as bytes, so DIVOC ZIP files survive; anything else is the QR text itself.
const readInput = (argument: string): Uint8Array | string =>
  existsSync(argument) && statSync(argument).isFile() ? new Uint8Array(readFileSync(argument)) : argument;

const main = async (): Promise<number> => {
  const { values, positionals, tokens } = parseArgs({
    args: process.argv.slice(2),
    options: {
      trust: { type: "string", multiple: true },
      "trust-issuer": { type: "string", multiple: true },
      now: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
    tokens: true,
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("Give exactly one file or text to check.");
  const sources = trustSources(tokens);
  const now = readNow(values.now);
  const trust = await readTrust(sources, now ?? new Date());
  // Loaded only now, so a usage error answers at once instead of after the JSON-LD stack has loaded.
  const { verify } = await import("../verify/index");
  const result = await verify(readInput(positionals[0] as string), { trust, ...(now ? { now } : {}) });
  console.log(JSON.stringify(result, null, 2));
  return result.verified ? 0 : 1;
};

try {
  process.exitCode = await main();
} catch (error) {
  // parseArgs reports unknown flags with its own error codes; those are usage errors too.
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exitCode = usage ? 2 : 1;
}
