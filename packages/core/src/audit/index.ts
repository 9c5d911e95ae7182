export { type ListAuditEventsOptions, listAuditEvents, type TAuditEventView } from "./list-audit-events";
