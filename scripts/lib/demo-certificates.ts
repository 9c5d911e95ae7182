import { spawn } from "node:child_process";
import path from "node:path";

/** Issues the demo certificates (idempotent) in a child process with the platform's database and key. */
export const issueDemoCertificates = (
  root: string,
  env: { DATABASE_URL: string; VAX_KEY_ENCRYPTION_KEY: string; VAX_PUBLIC_URL?: string },
) =>
  new Promise<void>((resolve, reject) => {
    const tsx = path.join(root, "node_modules/.bin/tsx");
    const child = spawn(tsx, [path.join(root, "scripts/demo-certificates.ts")], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "ignore", "inherit"],
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`Issuing the demo certificates failed (exit ${code})`)),
    );
  });
