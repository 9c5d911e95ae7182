import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { applyMigrations } from "@vax/db/migrate";
import { reachPlatformDatabase } from "./lib/database";

// npm run vax -- <command>: the platform's operator commands, run on the server.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const USAGE = `Usage: npm run vax -- platform-admin create --email <e-mail> [--name "<name>"]

  platform-admin create   creates a platform admin (the account that creates tenants) and prints a
                          one-time password, to be replaced at the first sign-in to the admin portal`;

const usage = (problem?: string): never => {
  if (problem) console.error(`vax: ${problem}\n`);
  console.error(USAGE);
  process.exit(2);
};

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { email: { type: "string" }, name: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
})();
if (values.help) usage();
const [subject, verb] = positionals;
if (subject !== "platform-admin" || verb !== "create" || positionals.length !== 2) {
  usage(positionals.length ? `unknown command "${positionals.join(" ")}"` : "no command given");
}
if (!values.email) usage("--email is required");

const database = await reachPlatformDatabase(root);
let status = 0;
try {
  process.env.DATABASE_URL = database.url;
  await applyMigrations(database.url);
  // Imported once DATABASE_URL is known: the platform's Prisma client reads it on first use.
  const { AppError, createPlatformAdmin } = await import("@vax/core");
  const { ZPlatformAdminInput } = await import("@vax/core/schemas");
  const { env } = await import("@vax/config/env");
  const parsed = ZPlatformAdminInput.safeParse({ email: values.email, name: values.name });
  const input = parsed.success ? parsed.data : usage(parsed.error.issues.map((issue) => issue.message).join("; "));
  try {
    const admin = await createPlatformAdmin({ input, by: "command line (npm run vax)" });
    const adminUrl = env.VAX_ADMIN_URL;
    console.log(
      [
        `Platform admin created: ${admin.email}`,
        `One-time password:      ${admin.oneTimePassword}`,
        "",
        `Sign in at ${adminUrl}/sign-in with it: the portal then asks you to choose your own password.`,
        "Then create the tenants (Tenants, New tenant): each gets its signing keys and its first tenant admin.",
      ].join("\n"),
    );
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(`vax: ${error.message}`);
    status = 1;
  }
} catch (error) {
  console.error(`vax: ${(error as Error).message}`);
  status = 1;
} finally {
  await database.stop();
}
process.exit(status);
