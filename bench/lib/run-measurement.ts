import { spawn } from "node:child_process";

/**
 * Runs a bench's measurement script in its own process with `env` added, so the platform code it
 * calls (whose database client reads DATABASE_URL once, at start) reaches the bench's database.
 * The script's stdout (the JSON lines) and stderr pass through.
 */
export const runMeasurement = async (script: URL, env: Record<string, string>): Promise<void> => {
  const child = spawn(process.execPath, [...process.execArgv, script.pathname], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  if (code !== 0) throw new Error(`${script.pathname} failed (exit code ${code})`);
};
