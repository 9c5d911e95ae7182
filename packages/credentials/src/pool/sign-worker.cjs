// The signing pool's worker entry. Piscina loads it by package name with require(), from its own
// place in node_modules, so no bundler rewrites its path; CommonJS because Piscina's require()
// cannot load an ES module on Node 20. A worker thread inherits no TypeScript loader from its
// parent (tsx, vitest or Next.js), so the signer is loaded through tsx, with this package's tsconfig.
const path = require("node:path");
const { pathToFileURL } = require("node:url");

// tsx's CommonJS build of this API points at a file it does not ship, hence the ES module one.
const signer = import("tsx/esm/api").then(({ tsImport }) =>
  tsImport("./sign-on-this-thread.ts", {
    parentURL: pathToFileURL(__filename).href,
    tsconfig: path.join(__dirname, "../../tsconfig.json"),
  }),
);

/** One pool task: sign the credentials with the sealed key; the signed copies and their QR texts go back. */
module.exports = async (task) => (await signer).signCredentialsOnThisThread(task);
