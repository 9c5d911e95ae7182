import type { Browser, BrowserContext, PlaywrightWorkerArgs } from "@playwright/test";
import { demoCredentials } from "@vax/db/seed";
import type { TAppLanguage } from "./app-languages";
import { platformAdminSignIn, signInByApi } from "./matrix-callers";
import { oneTimeCodeFromOutbox } from "./outbox";
import type { TVisitor } from "./page-visits";
import type { TAppName } from "./route-inventory";
import { expect, watchContentSecurityPolicy } from "./test";
import { urls } from "./urls";

type TRequestFactory = PlaywrightWorkerArgs["playwright"]["request"];

const demoUsers = {
  TENANT_ADMIN: demoCredentials.tenantAdmin,
  FACILITY_ADMIN: demoCredentials.facilityAdmin,
  VACCINATOR: demoCredentials.vaccinators[0],
  MONITORING: demoCredentials.monitoring,
} as const;

/** The browser contexts of the page visits: one per app and visitor, signed in once and kept
 * (the platform admin's only context is in the admin app, so it is made once). */
export type TVisitorContexts = {
  contextFor: (app: TAppName, visitor: TVisitor) => Promise<BrowserContext>;
  /** Sets the `lang` cookie of every context made so far and from now on. */
  useLanguage: (language: TAppLanguage) => Promise<void>;
  close: () => Promise<void>;
};

/**
 * Makes the visitors' contexts on demand, each signed in through the app's own sign-in endpoints
 * (no form per page): the demo users, a platform admin made for the run, and the citizen on the
 * given mobile with the code from the outbox.
 */
export const visitorContexts = (
  browser: Browser,
  factory: TRequestFactory,
  citizenMobile: string,
): TVisitorContexts => {
  const contexts = new Map<string, Promise<BrowserContext>>();
  let language: TAppLanguage | null = null;

  const setLanguage = (context: BrowserContext, app: TAppName) =>
    language ? context.addCookies([{ name: "lang", value: language, url: urls[app] }]) : Promise.resolve();

  const signInAs = async (context: BrowserContext, app: TAppName, visitor: TVisitor) => {
    if (visitor.kind === "anonymous") return;
    if (visitor.kind === "citizen") {
      const since = new Date(Date.now() - 1000);
      const sent = await context.request.post(`${urls.citizen}/api/v1/one-time-codes`, {
        data: { mobile: citizenMobile },
      });
      expect(sent.status(), await sent.text()).toBe(202);
      const code = await oneTimeCodeFromOutbox(citizenMobile, since);
      expect(await signInByApi(context.request, urls.citizen, { mobile: citizenMobile, code })).toBeNull();
      return;
    }
    const credentials =
      visitor.role === "PLATFORM_ADMIN"
        ? await platformAdminSignIn(factory)
        : demoUsers[visitor.role as keyof typeof demoUsers];
    if (!credentials) throw new Error(`No demo sign-in for ${visitor.role}`);
    const { email, password } = credentials;
    expect(await signInByApi(context.request, urls[app], { email, password })).toBeNull();
  };

  const make = async (app: TAppName, visitor: TVisitor) => {
    const context = await browser.newContext();
    await watchContentSecurityPolicy(context);
    await signInAs(context, app, visitor);
    await setLanguage(context, app);
    return context;
  };

  return {
    contextFor: (app, visitor) => {
      const key = `${app} ${visitor.kind === "user" ? visitor.role : visitor.kind}`;
      const known = contexts.get(key);
      if (known) return known;
      const made = make(app, visitor);
      contexts.set(key, made);
      return made;
    },
    useLanguage: async (next) => {
      language = next;
      await Promise.all(
        [...contexts].map(async ([key, context]) => setLanguage(await context, key.split(" ")[0] as TAppName)),
      );
    },
    close: async () => {
      await Promise.all([...contexts.values()].map(async (context) => (await context).close()));
    },
  };
};
