import { spawn } from "node:child_process";

/** How a command ended and how long it took. */
export type CommandOutcome = { code: number; ms: number };

/** Runs a command with the terminal attached and resolves when it ends, never rejecting. */
export const runCommand = (command: string, args: string[], env: NodeJS.ProcessEnv): Promise<CommandOutcome> => {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", (error) => {
      console.error(`[test] Could not run ${command}: ${error.message}`);
      resolve({ code: 127, ms: Date.now() - started });
    });
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), ms: Date.now() - started }));
  });
};
