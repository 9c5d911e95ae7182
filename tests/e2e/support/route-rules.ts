import type { TPermission } from "@vax/auth/permissions";
import type { TApiScope } from "@vax/core/schemas";
import type { TAccess } from "./route-access";

/**
 * The real values the route matrix fills parameters and queries with, so that an allowed read
 * answers 200: records of the demo tenant, a certificate the matrix's citizen holds, and a few
 * fixed words. The spec looks them up before it calls anything.
 */
export const sampleNames = [
  "tenantId",
  "tenantSlug",
  "programmeId",
  "vaccineId",
  "facilityId",
  "userId",
  "apiClientId",
  "certificateId",
  "recipientId",
  "citizenMobile",
  "statusPurpose",
  "statusListNumber",
  "nextAuthAction",
  "dccKid",
  "dccPartition",
  "dccChunk",
  "shcCrlFile",
  "certifyTransactionId",
  "bulkUploadId",
  "bulkTemplateFile",
  "trustedIssuerId",
  "schemaId",
  "schemaName",
  "schemaVersion",
  "templateId",
  "templateVersion",
] as const;

/** One of {@link sampleNames}. */
export type TSampleName = (typeof sampleNames)[number];

/**
 * A route's rule: how it is protected, and for a read (GET or page) the sample that fills each
 * parameter and query field. A write's parameters default to an id that exists nowhere and its body
 * is `{}`, so an allowed caller is refused with a 4xx and the matrix changes nothing.
 */
export type TRouteRule = {
  access: TAccess;
  params?: Record<string, TSampleName>;
  query?: Record<string, TSampleName>;
};

type TSamplesOf = Pick<TRouteRule, "params" | "query">;

/** Anyone may call it. */
const open = (samples: TSamplesOf = {}): TRouteRule => ({ access: { kind: "public" }, ...samples });

/** A user signed in to the route's app with the permission (null: any signed-in user). */
const session = (permission: TPermission | null, samples: TSamplesOf = {}): TRouteRule => ({
  access: { kind: "session", permission },
  ...samples,
});

/** A signed-in citizen. */
const citizen = (samples: TSamplesOf = {}): TRouteRule => ({ access: { kind: "citizen" }, ...samples });

/** An API client's token with the scope, and, where the route also takes them, a user session or a citizen session. */
const token = (
  scope: TApiScope,
  also: { session?: TPermission | null; citizen?: boolean } = {},
  samples: TSamplesOf = {},
): TRouteRule => ({ access: { kind: "token", scope, ...also }, ...samples });

const id = (sample: TSampleName): TSamplesOf => ({ params: { id: sample } });
const nextAuth: TSamplesOf = { params: { nextauth: "nextAuthAction" } };
const certificateFile: TSamplesOf = { params: { certificateId: "certificateId" } };
// Bulk uploads take a user session with the right, or a token with bulk:write.
const bulkRead = (samples: TSamplesOf = {}) => token("bulk:write", { session: "bulk:read" }, samples);
const bulkWrite = () => token("bulk:write", { session: "bulk:write" });
// Trusted issuers likewise, with trust:write.
const trustRead = (samples: TSamplesOf = {}) => token("trust:write", { session: "trust:read" }, samples);
const trustWrite = () => token("trust:write", { session: "trust:write" });

/**
 * How every route of every app is protected, keyed `<app> <METHOD> <path pattern>` (pages as
 * `<app> PAGE <path>`). The route matrix derives each caller's answer from these and the permission
 * table; a route without a rule here, or a rule without a route, fails it.
 */
export const routeRules: Record<string, TRouteRule> = {
  // Admin portal: API
  "admin GET /api/auth/{...nextauth}": open(nextAuth),
  "admin POST /api/auth/{...nextauth}": open(nextAuth),
  "admin GET /api/health": open(),
  "admin GET /api/docs": open(),
  "admin GET /api/openapi.json": open(),
  "admin POST /api/v1/account/password": session(null),
  "admin GET /api/v1/api-clients": session("api-client:read"),
  "admin POST /api/v1/api-clients": session("api-client:write"),
  "admin GET /api/v1/api-clients/{id}": session("api-client:read", id("apiClientId")),
  "admin PUT /api/v1/api-clients/{id}": session("api-client:write"),
  "admin POST /api/v1/api-clients/{id}/deactivate": session("api-client:write"),
  "admin POST /api/v1/api-clients/{id}/reactivate": session("api-client:write"),
  "admin POST /api/v1/api-clients/{id}/rotate": session("api-client:write"),
  "admin GET /api/v1/api-clients/{id}/webhook": session("api-client:read", id("apiClientId")),
  "admin PUT /api/v1/api-clients/{id}/webhook": session("api-client:write"),
  "admin DELETE /api/v1/api-clients/{id}/webhook": session("api-client:write"),
  "admin GET /api/v1/audit-events": session("audit:read"),
  "admin GET /api/v1/bulk-uploads": bulkRead(),
  "admin POST /api/v1/bulk-uploads": bulkWrite(),
  "admin GET /api/v1/bulk-uploads/{id}": bulkRead(id("bulkUploadId")),
  "admin POST /api/v1/bulk-uploads/{id}/cancel": bulkWrite(),
  "admin GET /api/v1/bulk-uploads/{id}/errors.csv": bulkRead(id("bulkUploadId")),
  "admin GET /api/v1/bulk-uploads/templates/{file}": bulkRead({ params: { file: "bulkTemplateFile" } }),
  "admin GET /api/v1/trusted-issuers": trustRead(),
  "admin POST /api/v1/trusted-issuers": trustWrite(),
  "admin GET /api/v1/trusted-issuers/{id}": trustRead(id("trustedIssuerId")),
  "admin PUT /api/v1/trusted-issuers/{id}": trustWrite(),
  "admin POST /api/v1/trusted-issuers/{id}/deactivate": trustWrite(),
  "admin POST /api/v1/trusted-issuers/{id}/reactivate": trustWrite(),
  "admin POST /api/v1/trusted-issuers/import": trustWrite(),
  "admin GET /api/v1/trusted-issuers/export/trust-list": trustRead(),
  "admin GET /api/v1/trusted-issuers/export/dsc-list": trustRead(),
  "admin GET /api/v1/certificates": session("certificate:read"),
  "admin GET /api/v1/certificates/{id}": session("certificate:read", id("certificateId")),
  "admin GET /api/v1/correction-requests": session("correction-request:read"),
  "admin POST /api/v1/correction-requests/{id}/approve": session("correction-request:decide"),
  "admin POST /api/v1/correction-requests/{id}/reject": session("correction-request:decide"),
  "admin POST /api/v1/certificates/{id}/correct": session("certificate:correct"),
  "admin POST /api/v1/certificates/{id}/correction-preview": session("certificate:correct"),
  "admin POST /api/v1/certificates/{id}/reinstate": session("certificate:revoke"),
  "admin POST /api/v1/certificates/{id}/revoke": session("certificate:revoke"),
  "admin POST /api/v1/certificates/{id}/suspend": session("certificate:revoke"),
  "admin GET /api/v1/facilities": session("facility:read"),
  "admin POST /api/v1/facilities": session("facility:write"),
  "admin GET /api/v1/facilities/{id}": session("facility:read", id("facilityId")),
  "admin PUT /api/v1/facilities/{id}": session("facility:write"),
  "admin POST /api/v1/facilities/{id}/deactivate": session("facility:write"),
  "admin POST /api/v1/facilities/{id}/reactivate": session("facility:write"),
  "admin GET /api/v1/feedback": session("feedback:read"),
  "admin GET /api/v1/feedback/facilities": session("feedback:read"),
  "admin GET /api/v1/analytics": session("analytics:read"),
  "admin GET /api/v1/analytics/csv": session("analytics:read"),
  "admin POST /api/v1/analytics/refresh": session("analytics:refresh"),
  "admin GET /api/v1/keys": session("key:read", { query: { tenantId: "tenantId" } }),
  "admin POST /api/v1/keys": session("key:write"),
  "admin POST /api/v1/keys/{id}/activate": session("key:write"),
  "admin POST /api/v1/keys/{id}/retire": session("key:write"),
  "admin POST /api/v1/keys/{id}/revoke": session("key:write"),
  "admin GET /api/v1/rules": session("rule:read"),
  "admin POST /api/v1/rules": session("rule:write"),
  "admin POST /api/v1/rules/import": session("rule:write"),
  "admin POST /api/v1/rules/{id}/disable": session("rule:write"),
  "admin POST /api/v1/rules/{id}/enable": session("rule:write"),
  "admin GET /api/v1/schemas": session("schema:read"),
  "admin POST /api/v1/schemas": session("schema:write"),
  "admin GET /api/v1/schemas/{id}": session("schema:read", id("schemaId")),
  "admin POST /api/v1/schemas/{id}/versions": session("schema:write"),
  "admin POST /api/v1/schemas/{id}/retire": session("schema:write"),
  "admin GET /api/v1/pre-enrolments": session("recipient:read"),
  "admin POST /api/v1/pre-enrolments": session("recipient:write"),
  "admin GET /api/v1/programmes": session("programme:read"),
  "admin POST /api/v1/programmes": session("programme:write"),
  "admin GET /api/v1/programmes/{id}": session("programme:read", id("programmeId")),
  "admin PUT /api/v1/programmes/{id}": session("programme:write"),
  "admin POST /api/v1/programmes/{id}/deactivate": session("programme:write"),
  "admin POST /api/v1/programmes/{id}/reactivate": session("programme:write"),
  "admin PUT /api/v1/programmes/{id}/template": session("programme:write"),
  "admin GET /api/v1/templates": session("template:read"),
  "admin POST /api/v1/templates": session("template:write"),
  "admin POST /api/v1/templates/preview": session("template:write"),
  "admin GET /api/v1/templates/{id}": session("template:read", id("templateId")),
  "admin POST /api/v1/templates/{id}/versions": session("template:write"),
  "admin POST /api/v1/templates/{id}/retire": session("template:write"),
  "admin GET /api/v1/templates/{id}/versions/{version}": session("template:read", {
    params: { id: "templateId", version: "templateVersion" },
  }),
  "admin GET /api/v1/tenants": session("tenant:read"),
  "admin POST /api/v1/tenants": session("tenant:write"),
  "admin GET /api/v1/tenants/{id}": session("tenant:read", id("tenantId")),
  "admin PUT /api/v1/tenants/{id}": session("tenant:write"),
  "admin POST /api/v1/tenants/{id}/deactivate": session("tenant:write"),
  "admin POST /api/v1/tenants/{id}/reactivate": session("tenant:write"),
  "admin GET /api/v1/users": session("user:read"),
  "admin POST /api/v1/users": session("user:write"),
  "admin GET /api/v1/users/{id}": session("user:read", id("userId")),
  "admin PUT /api/v1/users/{id}": session("user:write"),
  "admin POST /api/v1/users/{id}/deactivate": session("user:write"),
  "admin POST /api/v1/users/{id}/reactivate": session("user:write"),
  "admin GET /api/v1/vaccines": session("vaccine:read"),
  "admin POST /api/v1/vaccines": session("vaccine:write"),
  "admin GET /api/v1/vaccines/{id}": session("vaccine:read", id("vaccineId")),
  "admin PUT /api/v1/vaccines/{id}": session("vaccine:write"),
  "admin POST /api/v1/vaccines/{id}/deactivate": session("vaccine:write"),
  "admin POST /api/v1/vaccines/{id}/reactivate": session("vaccine:write"),

  // Admin portal: pages (the portal's layout also needs admin-portal:access, which its sign-in does)
  "admin PAGE /": session("admin-portal:access"),
  "admin PAGE /sign-in": open(),
  "admin PAGE /account/password": session(null),
  "admin PAGE /api-clients": session("api-client:read"),
  "admin PAGE /api-clients/new": session("api-client:write"),
  "admin PAGE /api-clients/{id}": session("api-client:write", id("apiClientId")),
  "admin PAGE /audit": session("audit:read"),
  "admin PAGE /bulk-uploads": session("bulk:read"),
  "admin PAGE /certificates": session("certificate:read"),
  "admin PAGE /certificates/{id}": session("certificate:read", id("certificateId")),
  "admin PAGE /correction-requests": session("correction-request:read"),
  "admin PAGE /certificates/{id}/correct": session("certificate:correct", id("certificateId")),
  "admin PAGE /facilities": session("facility:read"),
  "admin PAGE /facilities/new": session("facility:write"),
  "admin PAGE /facilities/{id}": session("facility:write", id("facilityId")),
  "admin PAGE /feedback": session("feedback:read"),
  "admin PAGE /analytics": session("analytics:read"),
  "admin PAGE /keys": session("key:read"),
  "admin PAGE /rules": session("rule:read"),
  "admin PAGE /schemas": session("schema:read"),
  "admin PAGE /schemas/new": session("schema:write"),
  "admin PAGE /schemas/{id}": session("schema:read", id("schemaId")),
  "admin PAGE /pre-enrolments": session("recipient:read"),
  "admin PAGE /pre-enrolments/new": session("recipient:write"),
  "admin PAGE /programmes": session("programme:read"),
  "admin PAGE /programmes/new": session("programme:write"),
  "admin PAGE /programmes/{id}": session("programme:write", id("programmeId")),
  "admin PAGE /templates": session("template:read"),
  "admin PAGE /templates/new": session("template:write"),
  "admin PAGE /templates/{id}": session("template:write", id("templateId")),
  "admin PAGE /tenants": session("tenant:read"),
  "admin PAGE /tenants/new": session("tenant:write"),
  "admin PAGE /tenants/{id}": session("tenant:read", id("tenantId")),
  "admin PAGE /trust": session("trust:read"),
  "admin PAGE /trust/new": session("trust:write"),
  "admin PAGE /trust/import": session("trust:write"),
  "admin PAGE /trust/{id}": session("trust:write", id("trustedIssuerId")),
  "admin PAGE /users": session("user:read"),
  "admin PAGE /users/new": session("user:write"),
  "admin PAGE /users/{id}": session("user:write", id("userId")),
  "admin PAGE /vaccines": session("vaccine:read"),
  "admin PAGE /vaccines/new": session("vaccine:write"),
  "admin PAGE /vaccines/{id}": session("vaccine:write", id("vaccineId")),

  // Facility app
  "facility GET /api/auth/{...nextauth}": open(nextAuth),
  "facility POST /api/auth/{...nextauth}": open(nextAuth),
  "facility GET /api/health": open(),
  "facility GET /api/docs": open(),
  "facility GET /api/openapi.json": open(),
  "facility PUT /api/v1/certificate": token("certificate:update"),
  "facility DELETE /api/v1/certificates/{id}": token("certificate:revoke"),
  "facility POST /api/v1/certificates/{id}/reinstate": token("certificate:revoke"),
  "facility POST /api/v1/certificates/{id}/revoke": token("certificate:revoke"),
  "facility POST /api/v1/certificates/{id}/suspend": token("certificate:revoke"),
  "facility GET /api/v1/certificates/{id}/pdf": session("facility-app:access", id("certificateId")),
  "facility POST /api/v1/certify": token("certificate:issue"),
  "facility POST /api/v1/credentials/issue": token("credential:issue"),
  "facility POST /api/v1/credentials/status": token("certificate:revoke"),
  "facility POST /api/v1/doses": session("facility-app:access"),
  "facility POST /api/v1/pre-enrolments": token("recipient:write"),
  "facility GET /api/v1/recipients": session("facility-app:access", { query: { q: "citizenMobile" } }),
  "facility POST /api/v1/recipients": session("facility-app:access"),
  "facility POST /api/v1/test-reports": session("facility-app:access"),
  "facility GET /api/v1/transactions/{id}": token("certificate:issue", {}, id("certifyTransactionId")),
  "facility GET /api/v1/recipients/{id}/doses": session("facility-app:access", id("recipientId")),
  "facility PAGE /": session("facility-app:access"),
  "facility PAGE /offline": open(),
  "facility PAGE /sign-in": open(),

  // Citizen portal
  "citizen GET /api/auth/{...nextauth}": open(nextAuth),
  "citizen POST /api/auth/{...nextauth}": open(nextAuth),
  "citizen GET /api/health": open(),
  "citizen GET /api/docs": open(),
  "citizen GET /api/openapi.json": open(),
  "citizen POST /api/v1/one-time-codes": open(),
  "citizen GET /api/v1/certificates/{certificateId}": token("certificate:read", { citizen: true }, certificateFile),
  "citizen GET /api/v1/certificates/{certificateId}/pdf": token("certificate:read", { citizen: true }, certificateFile),
  "citizen GET /api/v1/certificates/{certificateId}/qr.png": token(
    "certificate:read",
    { citizen: true },
    certificateFile,
  ),
  "citizen GET /api/v1/certificates/{certificateId}/eu-dcc": token(
    "certificate:read",
    { citizen: true },
    certificateFile,
  ),
  "citizen GET /api/v1/certificates/{certificateId}/eu-dcc.png": token(
    "certificate:read",
    { citizen: true },
    certificateFile,
  ),
  "citizen GET /api/v1/certificates/{certificateId}/shc": token("certificate:read", { citizen: true }, certificateFile),
  "citizen GET /api/v1/certificates/{certificateId}/shc.png": token(
    "certificate:read",
    { citizen: true },
    certificateFile,
  ),
  "citizen GET /api/v1/correction-requests": citizen(),
  "citizen POST /api/v1/correction-requests": citizen(),
  "citizen POST /api/v1/feedback": citizen(),
  "citizen PAGE /": citizen(),
  "citizen PAGE /sign-in": open(),

  // Verify app: everything is public
  "verify GET /.well-known/jwks.json": open(),
  "verify GET /api/health": open(),
  "verify GET /api/docs": open(),
  "verify GET /api/openapi.json": open(),
  "verify POST /api/v1/credentials/verify": open(),
  "verify GET /api/v1/dcc-revocation/lists": open(),
  "verify GET /api/v1/dcc-revocation/lists/{kid}/hashes": open({ params: { kid: "dccKid" } }),
  "verify GET /api/v1/dcc-revocation/lists/{kid}/partitions": open({ params: { kid: "dccKid" } }),
  "verify GET /api/v1/dcc-revocation/lists/{kid}/partitions/{id}/chunks/{cid}/slices": open({
    params: { kid: "dccKid", id: "dccPartition", cid: "dccChunk" },
  }),
  "verify GET /api/v1/dsc-list": open(),
  "verify GET /api/v1/rules": open(),
  "verify GET /api/v1/trust-list": open(),
  "verify POST /api/v1/verify": open(),
  "verify GET /credentials/vaccination/v1": open(),
  "verify GET /credentials/test-report/v1": open(),
  "verify GET /credentials/schemas/{slug}/{name}/{version}": open({
    params: { slug: "tenantSlug", name: "schemaName", version: "schemaVersion" },
  }),
  "verify GET /tenants/{slug}/.well-known/crl/{file}": open({ params: { slug: "tenantSlug", file: "shcCrlFile" } }),
  "verify GET /tenants/{slug}/.well-known/jwks.json": open({ params: { slug: "tenantSlug" } }),
  "verify GET /tenants/{slug}/did.json": open({ params: { slug: "tenantSlug" } }),
  "verify GET /tenants/{slug}/status/{purpose}/{number}": open({
    params: { slug: "tenantSlug", purpose: "statusPurpose", number: "statusListNumber" },
  }),
  "verify GET /tenants/{slug}/status/{purpose}/{number}/reasons": open({
    params: { slug: "tenantSlug", purpose: "statusPurpose", number: "statusListNumber" },
  }),
  "verify PAGE /": open(),
};
