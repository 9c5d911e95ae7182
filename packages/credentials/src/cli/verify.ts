import { existsSync, readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import type { TrustList } from "../verify/types";

// npm run verify -- <file or text> [--trust trust.json] [--now ISO-time] – check one certificate
const USAGE = `Usage: npm run verify -- <file or text> [--trust trust.json] [--now ISO-time]

  <file or text>  a certificate file (JSON, QR text or DIVOC ZIP bytes), or the QR text itself
  --trust         trust list JSON {issuers: [{name, country?, ids: [...], keys: [...]}]}; default: trust nobody
  --now           the time to judge validity at, e.g. 2021-05-03T18:00:00Z; default: the current time

Prints the verification result as JSON. Exit code 0: verified, 1: not verified, 2: usage error.`;

class UsageError extends Error {}

const readTrust = (file: string | undefined): TrustList => {
  if (file === undefined) return { issuers: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new UsageError(`Cannot read the trust list ${file}: ${(error as Error).message}`);
  }
  const issuers = (parsed as { issuers?: unknown } | null)?.issuers;
  if (!Array.isArray(issuers)) throw new UsageError(`The trust list ${file} has no "issuers" array.`);
  return parsed as TrustList;
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
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { trust: { type: "string" }, now: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError("Give exactly one file or text to check.");
  const trust = readTrust(values.trust);
  const now = readNow(values.now);
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
