import { demoApiToken, demoCredentials } from "@vax/db/seed";
import { platformApps, portOf } from "./apps";

/** What the start banner reports: the database, whether it is a demo, and how many platform admins exist. */
export type StartBannerOptions = {
  database: { url: string; embedded: boolean };
  demo: boolean;
  platformAdmins: number;
};

const PUBLIC_URL_VARIABLES = {
  admin: "VAX_ADMIN_URL",
  facility: "VAX_FACILITY_URL",
  citizen: "VAX_CITIZEN_URL",
  verify: "VAX_PUBLIC_URL",
};

/** What `npm start` prints once all four apps are up: where they are and how to sign in. */
export const startBanner = ({ database, demo, platformAdmins }: StartBannerOptions): string => {
  const c = demoCredentials;
  const lines = [
    "",
    "The vaccination platform is running:",
    ...platformApps.map((app) => {
      const publicUrl = process.env[PUBLIC_URL_VARIABLES[app.name]];
      const local = `http://localhost:${portOf(app)}`;
      return `  ${app.title.padEnd(32)} ${publicUrl ? `${publicUrl} (listening on ${local})` : local}`;
    }),
    "",
    `  Database: ${database.embedded ? `embedded Postgres (data in .data/pglite), ${database.url}` : "PostgreSQL from DATABASE_URL"}`,
  ];
  if (platformAdmins === 0) {
    lines.push(
      "",
      "No platform admin yet. Create the first one, who then creates the tenants:",
      "  npm run vax -- platform-admin create --email <e-mail>",
    );
  }
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
