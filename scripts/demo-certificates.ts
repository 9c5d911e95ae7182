import { issueDemoCertificates } from "@vax/core";
import { DEMO_TENANT_SLUG } from "@vax/db/seed";

// Run by npm start and the e2e set-up in a process of its own, because the core reads
// DATABASE_URL and the key encryption key from the environment it starts with.
const count = await issueDemoCertificates({ tenantSlug: DEMO_TENANT_SLUG });
console.log(`${count} demo certificates`);
process.exit(0);
