/** The four apps, their folders and default ports (a contract: docs/architecture.md). */
export const platformApps = [
  { name: "admin", dir: "apps/admin", port: 3000, title: "Orchestration portal (admin)" },
  { name: "facility", dir: "apps/facility", port: 3001, title: "Facility app (vaccinators)" },
  { name: "citizen", dir: "apps/citizen", port: 3002, title: "Citizen portal" },
  { name: "verify", dir: "apps/verify", port: 3003, title: "Verify a certificate" },
] as const;

/** One of {@link platformApps}. */
export type PlatformApp = (typeof platformApps)[number];

/** The port an app listens on: its env override or the default. */
export const portOf = (app: PlatformApp): number => {
  const override = process.env[`${app.name.toUpperCase()}_PORT`];
  return override ? Number(override) : app.port;
};
