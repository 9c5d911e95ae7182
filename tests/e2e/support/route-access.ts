import { can, type TPermission } from "@vax/auth/permissions";
import type { TApiScope } from "@vax/core/schemas";
import type { Role } from "@vax/db";
import type { TAppName } from "./route-inventory";

/**
 * How a route is protected:
 * - `public`: anyone;
 * - `session`: a user signed in to the route's own app, holding the permission (null: any such user);
 * - `citizen`: a citizen signed in with a mobile number and one-time code;
 * - `token`: an API client's bearer token carrying the scope, or, where the route also takes them, a
 *   user session of the route's app with a permission, or a citizen session.
 */
export type TAccess =
  | { kind: "public" }
  | { kind: "session"; permission: TPermission | null }
  | { kind: "citizen" }
  | { kind: "token"; scope: TApiScope; session?: TPermission | null; citizen?: boolean };

/** The apps people sign in to with a password, and the permission each lets in (as each app's lib/auth.ts says). */
export const signInPermission = {
  admin: "admin-portal:access",
  facility: "facility-app:access",
} as const satisfies Partial<Record<TAppName, TPermission>>;

/** An app with a password sign-in. */
export type TSignInApp = keyof typeof signInPermission;

/**
 * Who calls: nobody in particular; a user of a role signed in to one app (its session cookie is
 * the app's own, so it means nothing to the others); a citizen; an API client with one scope.
 */
export type TCaller =
  | { kind: "anonymous" }
  | { kind: "user"; role: Role; app: TSignInApp }
  | { kind: "citizen" }
  | { kind: "token"; scope: TApiScope };

/** What a caller should get: in, 401 (no credentials the route takes) or 403 (credentials that lack the right). */
export type TExpected = "allowed" | 401 | 403;

/** Whether the permission table lets a role sign in to an app at all. */
export const canSignIn = (role: Role, app: TSignInApp): boolean => can(role, signInPermission[app]);

/** A short name of a caller for messages: `anonymous`, `MONITORING@admin`, `citizen`, `token(certificate:read)`. */
export const callerName = (caller: TCaller): string => {
  if (caller.kind === "user") return `${caller.role}@${caller.app}`;
  if (caller.kind === "token") return `token(${caller.scope})`;
  return caller.kind;
};

const userAnswer = (caller: Extract<TCaller, { kind: "user" }>, permission: TPermission | null): TExpected =>
  permission === null || can(caller.role, permission) ? "allowed" : 403;

/**
 * The answer a caller should get from a route of an app protected as `access` says, derived from
 * the permission table (rolePermissions) and the token's scope, never written out per caller.
 */
export const expectedAnswer = (app: TAppName, access: TAccess, caller: TCaller): TExpected => {
  if (access.kind === "public") return "allowed";
  const ownSession = caller.kind === "user" && caller.app === app;
  if (access.kind === "session")
    return ownSession && caller.kind === "user" ? userAnswer(caller, access.permission) : 401;
  if (access.kind === "citizen") return caller.kind === "citizen" ? "allowed" : 401;
  if (caller.kind === "token") return caller.scope === access.scope ? "allowed" : 403;
  if (caller.kind === "citizen" && access.citizen) return "allowed";
  if (caller.kind === "user" && ownSession && access.session !== undefined) return userAnswer(caller, access.session);
  return 401;
};

/** How an access rule reads in a message. */
export const describeAccess = (access: TAccess): string => {
  if (access.kind === "public") return "public";
  if (access.kind === "citizen") return "citizen session";
  if (access.kind === "session") return `session with ${access.permission ?? "any signed-in user"}`;
  const also = [
    access.session !== undefined ? `session with ${access.session ?? "any signed-in user"}` : null,
    access.citizen ? "citizen session" : null,
  ].filter(Boolean);
  return `token with ${access.scope}${also.length ? ` (or ${also.join(", or ")})` : ""}`;
};
