export {
  type RefreshAnalyticsSummariesOptions,
  refreshAnalyticsSummaries,
  type TAnalyticsSummariesRefresh,
} from "./analytics-summaries";
export { findApiClientCredentials, type TApiClientCredentials } from "./api-client-credentials";
export { createApiToken, type NewApiToken, parseApiToken, verifyApiSecret } from "./api-token";
export { bulkInsert, isBulkUniqueViolation, type TBulkColumn, type TBulkColumns, uuid7 } from "./bulk-insert";
export { settleBulkRows, type TBulkRowSettlement } from "./bulk-upload-rows";
export {
  type FindCertificatesByNameOptions,
  findCertificatesByName,
  type TCertificatesByName,
} from "./certificate-name-search";
export { moveCertificateStatuses, type TCertificateStatusMove } from "./certificate-status-move";
export { createPrismaClient, type Database, type DatabaseTransaction, getPrisma, prisma } from "./client";
export * from "./generated/prisma/client";
export { hashPassword, verifyPassword } from "./password";
export {
  blockRateLimitKey,
  clearRateLimitKey,
  releaseRateLimitSlot,
  type TRateLimitSlot,
  type TRateLimitWindow,
  takeRateLimitSlot,
} from "./rate-limit-slot";
export {
  type CreateTenantSigningKeysOptions,
  createTenantSigningKeys,
  type NewSealedSigningKeyOptions,
  newSealedSigningKey,
} from "./signing-key";
export {
  type ChangeStatusBitsOptions,
  changeStatusBits,
  type TStatusBitChange,
} from "./status-list-bit";
