import { platformApps, portOf } from "../../../scripts/lib/apps";

type AppName = (typeof platformApps)[number]["name"];

/** The base URL of each app the e2e run starts, on its port (env overrides included). */
export const urls = Object.fromEntries(
  platformApps.map((app) => [app.name, `http://localhost:${portOf(app)}`]),
) as Record<AppName, string>;
