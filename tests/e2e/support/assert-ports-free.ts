import net from "node:net";
import { platformApps, portOf } from "../../../scripts/lib/apps";

const isFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, () => server.close(() => resolve(true)));
  });

/** Throws when an app port is taken, which almost always means an `npm start` is still running. */
export const assertAppPortsFree = async (): Promise<void> => {
  const taken = [];
  for (const app of platformApps) if (!(await isFree(portOf(app)))) taken.push(`${app.name} (${portOf(app)})`);
  if (taken.length === 0) return;
  throw new Error(
    `The e2e tests start the platform themselves, but these ports are in use: ${taken.join(", ")}. ` +
      "Stop the running `npm start` (Ctrl-C in its terminal) or whatever else listens there, then run the tests again.",
  );
};
