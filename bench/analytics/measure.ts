// The analytics measurement, run by index.ts in its own process with DATABASE_URL on the generated campaign.

import { loadavg } from "node:os";
import {
  countDosesByDay,
  countDosesByDistrict,
  countDosesByFacility,
  countDosesByVaccine,
  countFeedbackRatings,
  exportAnalyticsCsv,
  getAnalytics,
} from "@vax/core";
import type { TAnalyticsQuery } from "@vax/core/schemas";
import { prisma, refreshAnalyticsSummaries } from "@vax/db";
import { actor, dataset } from "../lib/campaign-measurement.ts";
import { measureLatency } from "../lib/latency.ts";

const emit = (figures: Record<string, unknown>) =>
  console.log(JSON.stringify({ bench: "analytics", doses: dataset.doses, ...figures }));

const started = performance.now();
await refreshAnalyticsSummaries(prisma, { tenantId: dataset.tenantId, now: new Date(), force: true });
const refreshMs = Math.round(performance.now() - started);
const checked = performance.now();
const { outcome } = await refreshAnalyticsSummaries(prisma, { tenantId: dataset.tenantId, now: new Date() });
emit({ refreshMs, unchangedCheckMs: Math.round(performance.now() - checked), checkOutcome: outcome });

const [covid, measles] = dataset.programmeIds;
const lastMonth = new Date(Date.parse(dataset.to) - 29 * 86_400_000).toISOString().slice(0, 10);
// The whole campaign (the widest a dashboard asks), one programme, and the default last 30 days.
const filters: TAnalyticsQuery[] = [
  { from: dataset.from, to: dataset.to },
  { programmeId: covid, from: dataset.from, to: dataset.to },
  { programmeId: measles, from: lastMonth, to: dataset.to },
  {},
];
const queries: Record<string, (query: TAnalyticsQuery) => Promise<unknown>> = {
  dosesByDay: (query) => countDosesByDay({ actor, query }),
  dosesByFacility: (query) => countDosesByFacility({ actor, query }),
  dosesByDistrict: (query) => countDosesByDistrict({ actor, query }),
  dosesByVaccine: (query) => countDosesByVaccine({ actor, query }),
  feedbackRatings: (query) => countFeedbackRatings({ actor, query }),
  dashboard: (query) => getAnalytics({ actor, query }),
  facilitiesCsv: (query) => exportAnalyticsCsv({ actor, query, table: "facilities" }),
};
for (const [query, run] of Object.entries(queries)) {
  emit({ query, ...(await measureLatency(filters, run)) });
}
// The machine's load beside the figures: on a shared machine a busy minute multiplies every latency.
console.error(
  `analytics: load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(", ")} (1, 5, 15 min)`,
);
await prisma.$disconnect();
