// Serves the Next.js app in the current folder in production mode, as `next start` does, through
// Next's programmatic server, so that every request carries the address of the TCP peer it came
// from. Next itself keeps an X-Forwarded-For the client sent and only fills it in when absent, so
// route handlers cannot tell a forged one apart; this header they can believe, because any copy a
// client sends is overwritten here. The app learns the header's name from this process's globals,
// which no request can set: run without this server, it trusts no header at all.
//
// Usage (in the app's folder): node ../../scripts/lib/serve-app.mjs [--port <port>]
import http from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";

const PEER_ADDRESS_HEADER = "x-vax-peer-address";
globalThis[Symbol.for("vax.peer-address-header")] = PEER_ADDRESS_HEADER;

const { values } = parseArgs({ options: { port: { type: "string", short: "p" } } });
const port = Number(values.port ?? 3000);
const dir = process.cwd();
const require = createRequire(path.join(dir, "package.json"));
const next = require("next");

const server = http.createServer();
// `webpack: true` only stops next() setting TURBOPACK=auto in this process, which `next start` leaves
// unset too: the build is done, and the server must load it as `next start` does.
const app = next({ dev: false, dir, port, httpServer: server, webpack: true });
await app.prepare();
const handle = app.getRequestHandler();

server.on("request", (request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});

const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  // Open keep-alive connections and slow requests get a moment, then the process goes anyway.
  setTimeout(() => process.exit(0), 3_000).unref();
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);

server.listen(port, () => console.log(`[serve] ${path.basename(dir)} ready on http://localhost:${port}`));
