import type { TApiOperation } from "@vax/core/openapi";
import {
  ZAnalyticsCsvQuery,
  ZAnalyticsQuery,
  ZAnalyticsRefreshInput,
  ZAnalyticsRefreshView,
  ZAnalyticsView,
} from "@vax/core/schemas";

const freshness =
  "Read from summary tables the worker recounts every five minutes (and a tenant admin on demand); `refreshedAt` says as of when.";

/** The analytics dashboard's operations: its figures, each table as CSV, and a recount on demand. */
export const analyticsOperations = (): TApiOperation[] => [
  {
    method: "get",
    path: "/api/v1/analytics",
    tag: "Analytics",
    auth: "session",
    permission: "analytics:read",
    summary: "Doses and certificates per day, facility, district and vaccine dose, corrections, revocations, ratings",
    description: freshness,
    query: ZAnalyticsQuery,
    success: { status: 200, description: "The figures for the filters", schema: ZAnalyticsView },
  },
  {
    method: "get",
    path: "/api/v1/analytics/csv",
    tag: "Analytics",
    auth: "session",
    permission: "analytics:read",
    summary: "One dashboard table, with the same filters, as a CSV download",
    description: freshness,
    query: ZAnalyticsCsvQuery,
    success: { status: 200, description: "The table as CSV, a header row first", mediaType: "text/csv" },
  },
  {
    method: "post",
    path: "/api/v1/analytics/refresh",
    tag: "Analytics",
    auth: "session",
    permission: "analytics:refresh",
    summary: "Recount the tenant's figures now rather than at the worker's next turn",
    body: { schema: ZAnalyticsRefreshInput },
    success: { status: 200, description: "What the recount left standing", schema: ZAnalyticsRefreshView },
  },
];
