import type { Role } from "@vax/db";

/** Everything a role may be allowed to do; pages and route handlers each check one. */
export const permissions = [
  "admin-portal:access",
  "facility-app:access",
  "programme:read",
  "programme:write",
  "vaccine:read",
  "vaccine:write",
  "facility:read",
  "facility:write",
  "user:read",
  "user:write",
  "api-client:read",
  "api-client:write",
  "audit:read",
  "certificate:read",
  "certificate:correct",
  "certificate:revoke",
  "recipient:read",
  "recipient:write",
  "correction-request:read",
  "correction-request:decide",
  "feedback:read",
  "analytics:read",
  "analytics:refresh",
  "key:read",
  "key:write",
  "tenant:read",
  "tenant:write",
  "bulk:read",
  "bulk:write",
  "trust:read",
  "trust:write",
  "rule:read",
  "rule:write",
  "schema:read",
  "schema:write",
  "template:read",
  "template:write",
] as const;

/** One of {@link permissions}. */
export type TPermission = (typeof permissions)[number];

const reads: TPermission[] = [
  "programme:read",
  "vaccine:read",
  "facility:read",
  "user:read",
  "api-client:read",
  "audit:read",
  "certificate:read",
  "correction-request:read",
  "feedback:read",
  "analytics:read",
  "key:read",
  "bulk:read",
  "schema:read",
  "template:read",
];

/** What each role may do; tenant scoping is enforced separately by the use cases. */
export const rolePermissions: Record<Role, readonly TPermission[]> = {
  // The platform admin belongs to no tenant: it runs the tenants and their keys and reads across
  // them, but a tenant's set-up and doses are its own admins' (the use cases refuse them anyway).
  // It also runs the platform-wide trust entries, which decide what every verifier of the platform accepts.
  // Business rules are both: platform-wide ones are the platform admin's, a tenant's own validity rules its admins'.
  PLATFORM_ADMIN: [
    "admin-portal:access",
    ...reads,
    "tenant:read",
    "tenant:write",
    "key:write",
    "trust:read",
    "trust:write",
    "rule:read",
    "rule:write",
  ],
  // Tenants are the platform admin's: a tenant admin runs one tenant and cannot see the others.
  TENANT_ADMIN: permissions.filter(
    (permission) => permission !== "facility-app:access" && !permission.startsWith("tenant:"),
  ),
  FACILITY_ADMIN: [
    "admin-portal:access",
    "facility-app:access",
    "programme:read",
    "vaccine:read",
    "facility:read",
    "user:read",
    "certificate:read",
    "recipient:read",
    "recipient:write",
  ],
  VACCINATOR: ["facility-app:access"],
  MONITORING: ["admin-portal:access", ...reads],
};

/** Whether a role has a permission. */
export const can = (role: Role | null | undefined, permission: TPermission): boolean =>
  !!role && rolePermissions[role].includes(permission);
