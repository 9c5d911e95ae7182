export { demoFacilities, demoProgrammes } from "./demo-catalogue";
export { demoApiToken, demoCredentials } from "./demo-credentials";
export { demoRecipients } from "./demo-recipients";
export { DEMO_TENANT_SLUG, DEMO_TENANT_TIME_ZONE, type SeedDemoDataOptions, seedDemoData } from "./seed-demo-data";
