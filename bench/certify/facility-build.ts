import { spawn } from "node:child_process";
import { platformApps } from "../../scripts/lib/apps.ts";
import { hasCurrentBuild, sourceHash, writeBuildStamp } from "../../scripts/lib/build-stamp.ts";

/** The facility app, the only one the certify bench starts. */
export const facilityApp = platformApps.find((app) => app.name === "facility") as (typeof platformApps)[1];

// buildStaleApps builds all four apps; the bench needs one, and turbo builds one as npm start does.
const buildFacility = (root: string) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(
      "npx",
      ["turbo", "run", "build", "--output-logs=errors-only", "--filter", `./${facilityApp.dir}`],
      { cwd: root, stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } },
    );
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`building the facility app exited with ${code}`)),
    );
    child.on("error", reject);
  });

/** Builds the facility app when its production build is missing or older than the sources, stamped as npm start stamps it. */
export const buildFacilityIfStale = async (root: string): Promise<void> => {
  const hash = await sourceHash(root);
  if (await hasCurrentBuild(root, facilityApp.dir, hash)) return;
  console.error("certify: building the facility app (its sources changed since the last build)");
  await buildFacility(root);
  await writeBuildStamp(root, facilityApp.dir, hash);
};
