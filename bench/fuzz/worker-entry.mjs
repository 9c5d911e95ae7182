// Piscina loads its worker by JavaScript filename, and a worker thread does not inherit tsx's hooks,
// so this entry loads the TypeScript task through tsx's API.
import { tsImport } from "tsx/esm/api";

const { default: run } = await tsImport("./worker.ts", import.meta.url);

export default run;
