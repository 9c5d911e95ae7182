// What a measurement child of a campaign bench (analytics, search) starts from: the dataset index.ts made, and a
// tenant admin of its tenant to run the use cases as.
import type { TActor } from "@vax/core";
import type { TCampaignDataset } from "./campaign-dataset.ts";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by index.ts for this process
export const dataset = JSON.parse(process.env.BENCH_DATASET ?? "{}") as TCampaignDataset;

export const actor: TActor = {
  type: "USER",
  id: null,
  label: "bench",
  tenantId: dataset.tenantId,
  role: "TENANT_ADMIN",
  facilityId: null,
};
