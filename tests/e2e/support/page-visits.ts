import { can } from "@vax/auth/permissions";
import type { Role } from "@vax/db";
import type { TSamples } from "./matrix-samples";
import { discoverRoutes, routePath, type TAppName, type TRoute } from "./route-inventory";
import { routeRules } from "./route-rules";
import { urls } from "./urls";

/** Who opens a page: nobody signed in, a user of a role in the page's app, or a citizen. */
export type TVisitor = { kind: "anonymous" } | { kind: "user"; role: Role } | { kind: "citizen" };

/** One page of one app, filled in with real ids, and who may see it. */
export type TPageVisit = { route: TRoute; app: TAppName; url: string; visitor: TVisitor };

// The roles tried, in order, for a page that needs a session: the demo's everyday users first; the
// platform admin only for what only it may see (the tenants).
const candidateRoles: Record<TAppName, Role[]> = {
  admin: ["TENANT_ADMIN", "PLATFORM_ADMIN"],
  facility: ["VACCINATOR", "FACILITY_ADMIN"],
  citizen: [],
  verify: [],
};

const visitorOf = (route: TRoute): TVisitor => {
  const rule = routeRules[route.key];
  if (!rule) throw new Error(`${route.key} has no rule in route-rules.ts`);
  const { access } = rule;
  if (access.kind === "public") return { kind: "anonymous" };
  if (access.kind === "citizen") return { kind: "citizen" };
  if (access.kind === "session") {
    const { permission } = access;
    const role = candidateRoles[route.app].find((candidate) => permission === null || can(candidate, permission));
    if (role) return { kind: "user", role };
  }
  throw new Error(`No visitor of the demo data may open ${route.key}`);
};

/**
 * Every page of every app on disk (each `page.tsx`), its parameters filled with the samples the
 * route rules name, and the visitor the permission table lets in: a new page is visited without
 * anyone listing it here.
 */
export const pageVisits = (samples: TSamples): TPageVisit[] =>
  discoverRoutes()
    .filter((route) => route.method === "PAGE")
    .map((route) => {
      const params = routeRules[route.key]?.params ?? {};
      const values = Object.fromEntries(Object.entries(params).map(([name, sample]) => [name, samples[sample]]));
      return { route, app: route.app, url: `${urls[route.app]}${routePath(route, values)}`, visitor: visitorOf(route) };
    });

/** A visitor's name, the key of its browser context within an app. */
export const visitorName = (visitor: TVisitor): string => (visitor.kind === "user" ? visitor.role : visitor.kind);
