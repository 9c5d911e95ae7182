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
export const open = (samples: TSamplesOf = {}): TRouteRule => ({ access: { kind: "public" }, ...samples });

/** A user signed in to the route's app with the permission (null: any signed-in user). */
export const session = (permission: TPermission | null, samples: TSamplesOf = {}): TRouteRule => ({
  access: { kind: "session", permission },
  ...samples,
});

/** A signed-in citizen. */
export const citizen = (samples: TSamplesOf = {}): TRouteRule => ({ access: { kind: "citizen" }, ...samples });

/** An API client's token with the scope, and, where the route also takes them, a user session or a citizen session. */
export const token = (
  scope: TApiScope,
  also: { session?: TPermission | null; citizen?: boolean } = {},
  samples: TSamplesOf = {},
): TRouteRule => ({ access: { kind: "token", scope, ...also }, ...samples });

export const id = (sample: TSampleName): TSamplesOf => ({ params: { id: sample } });
export const nextAuth: TSamplesOf = { params: { nextauth: "nextAuthAction" } };
export const certificateFile: TSamplesOf = { params: { certificateId: "certificateId" } };
// Bulk uploads take a user session with the right, or a token with bulk:write.
export const bulkRead = (samples: TSamplesOf = {}) => token("bulk:write", { session: "bulk:read" }, samples);
export const bulkWrite = () => token("bulk:write", { session: "bulk:write" });
// Trusted issuers likewise, with trust:write.
export const trustRead = (samples: TSamplesOf = {}) => token("trust:write", { session: "trust:read" }, samples);
export const trustWrite = () => token("trust:write", { session: "trust:write" });
