// The pool's worker entry. Piscina loads it by package name with require(), from its own place
// in node_modules, so no bundler rewrites its path; CommonJS because Piscina's require() cannot
// load an ES module on Node 20. A worker thread inherits no TypeScript loader from its parent
// (tsx, vitest or Next.js), so the renderer is loaded through tsx, with this package's tsconfig.
const path = require("node:path");
const { pathToFileURL } = require("node:url");

// tsx's CommonJS build of this API points at a file it does not ship, hence the ES module one.
const renderer = import("tsx/esm/api").then(({ tsImport }) =>
  tsImport("../render-on-this-thread.ts", {
    parentURL: pathToFileURL(__filename).href,
    tsconfig: path.join(__dirname, "../../tsconfig.json"),
  }),
);

/** One pool task: render the checked document with its settings, in English and `lang`; the PDF bytes go back to the caller. */
module.exports = async ({ document, settings, lang }) =>
  (await renderer).renderCertificatePdfOnThisThread(document, settings, lang);
