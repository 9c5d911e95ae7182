import { spawn } from "node:child_process";
import { type PlatformApp, platformApps } from "../../scripts/lib/apps.ts";
import { hasCurrentBuild, sourceHash, writeBuildStamp } from "../../scripts/lib/build-stamp.ts";

/** The facility app, the only one the certify bench starts. */
export const facilityApp = platformApps.find((app) => app.name === "facility") as (typeof platformApps)[1];

// buildStaleApps builds all four apps; a bench needs one or two, and turbo builds one as npm start does.
const buildApp = (root: string, app: PlatformApp) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn("npx", ["turbo", "run", "build", "--output-logs=errors-only", "--filter", `./${app.dir}`], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`building the ${app.name} app exited with ${code}`)),
    );
    child.on("error", reject);
  });

/** Builds an app when its production build is missing or older than the sources, stamped as npm start stamps it. */
export const buildAppIfStale = async (root: string, app: PlatformApp): Promise<void> => {
  const hash = await sourceHash(root);
  if (await hasCurrentBuild(root, app.dir, hash)) return;
  console.error(`bench: building the ${app.name} app (its sources changed since the last build)`);
  await buildApp(root, app);
  await writeBuildStamp(root, app.dir, hash);
};

/** Builds the facility app when its production build is missing or older than the sources. */
export const buildFacilityIfStale = (root: string): Promise<void> => buildAppIfStale(root, facilityApp);
