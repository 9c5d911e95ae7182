import { demoApiToken, demoCredentials } from "@vax/db/seed";
import { platformApps, portOf } from "./apps";

/** What `npm start` prints once all four apps are up: where they are and how to sign in. */
export const startBanner = (database: { url: string; embedded: boolean }, demo: boolean): string => {
  const c = demoCredentials;
  const lines = [
    "",
    "The vaccination platform is running:",
    ...platformApps.map((app) => `  ${app.title.padEnd(32)} http://localhost:${portOf(app)}`),
    "",
    `  Database: ${database.embedded ? `embedded Postgres (data in .data/pglite), ${database.url}` : "PostgreSQL from DATABASE_URL"}`,
  ];
  if (demo) {
    lines.push(
      "",
      "Demo sign-ins (admin portal and facility app):",
      `  tenant admin      ${c.tenantAdmin.email} / ${c.tenantAdmin.password}`,
      `  facility admin    ${c.facilityAdmin.email} / ${c.facilityAdmin.password}`,
      `  vaccinator        ${c.vaccinators[0].email} / ${c.vaccinators[0].password}`,
      `  vaccinator        ${c.vaccinators[1].email} / ${c.vaccinators[1].password}`,
      `  monitoring        ${c.monitoring.email} / ${c.monitoring.password}`,
      "",
      "Citizen portal: sign in with mobile 9876500001 (a family with certificates); the one-time",
      "  code is printed in this log and written to the notification outbox.",
      "",
      "Demo API token (certify API, Authorization: Bearer …):",
      `  ${demoApiToken}`,
      `  curl -X POST http://localhost:${portOf(platformApps[1])}/api/v1/certify -H "Authorization: Bearer ${demoApiToken}" \\`,
      '    -H "Content-Type: application/json" -d @request.json   (an array of DIVOC certification requests)',
    );
  }
  lines.push("", "Press Ctrl-C to stop everything.", "");
  return lines.join("\n");
};
