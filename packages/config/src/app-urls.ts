import { env } from "./env";

/** The four apps of the platform. */
export type TAppName = "admin" | "facility" | "citizen" | "verify";

/**
 * The public URL an app is reached at: `VAX_ADMIN_URL`, `VAX_FACILITY_URL`, `VAX_CITIZEN_URL`, or
 * `VAX_PUBLIC_URL` for the verify app. Its origin is the one writes must come from, and its scheme
 * decides whether cookies are `Secure` and responses carry HSTS.
 */
export const appUrl = (app: TAppName): URL =>
  new URL(
    {
      admin: env.VAX_ADMIN_URL,
      facility: env.VAX_FACILITY_URL,
      citizen: env.VAX_CITIZEN_URL,
      verify: env.VAX_PUBLIC_URL,
    }[app],
  );

/** Whether the app is served over https, so its cookies must be `Secure` and its responses carry HSTS. */
export const isHttpsApp = (app: TAppName): boolean => appUrl(app).protocol === "https:";
