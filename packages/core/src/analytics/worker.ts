// The analytics worker's door, kept out of @vax/core's main entry so the apps never bundle pg-boss.

export {
  type RefreshEveryTenantAnalyticsOptions,
  refreshEveryTenantAnalytics,
  type TTenantAnalyticsRefresh,
} from "./refresh-every-tenant";
export {
  ANALYTICS_QUEUE,
  ANALYTICS_REFRESH_CRON,
  type StartAnalyticsWorkerOptions,
  startAnalyticsWorker,
  type TAnalyticsWorker,
} from "./start-analytics-worker";
