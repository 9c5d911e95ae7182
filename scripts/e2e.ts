import { spawn } from "node:child_process";

// npm run test:e2e [-- playwright args]: the global setup builds and starts the platform itself.
const child = spawn("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit" });
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
