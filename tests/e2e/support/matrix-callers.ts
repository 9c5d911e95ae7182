import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type APIRequestContext, expect, type PlaywrightWorkerArgs } from "@playwright/test";
import { rolePermissions } from "@vax/auth/permissions";
import { apiScopes } from "@vax/core/schemas";
import { divocCertificationRequest } from "@vax/core/testing/divoc-certification-request";
import type { Role } from "@vax/db";
import { demoCredentials } from "@vax/db/seed";
import { freshMobile } from "./facility";
import { oneTimeCodeFromOutbox } from "./outbox";
import { canSignIn, signInPermission, type TCaller, type TSignInApp } from "./route-access";
import { urls } from "./urls";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** A caller of the matrix and the request context that carries its credentials, and nothing else. */
export type TMatrixCaller = { caller: TCaller; request: APIRequestContext };

/** Every caller of the matrix, the citizen's mobile and the certificate it holds. */
export type TMatrixCallers = { callers: TMatrixCaller[]; citizenMobile: string; certificateId: string };

type TRequestFactory = PlaywrightWorkerArgs["playwright"]["request"];

/**
 * Signs a request context in through next-auth's credentials endpoints, as the sign-in forms do
 * (CSRF token, then the callback with json=true). Returns next-auth's refusal, or null once signed in.
 */
export const signInByApi = async (
  request: APIRequestContext,
  baseUrl: string,
  credentials: Record<string, string>,
): Promise<string | null> => {
  const { csrfToken } = (await (await request.get(`${baseUrl}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await request.post(`${baseUrl}/api/auth/callback/credentials`, {
    form: { ...credentials, csrfToken, callbackUrl: baseUrl, json: "true" },
  });
  // A refusal is a 401 whose JSON names the sign-in page with the reason, as the form shows it.
  expect([200, 401], `next-auth's callback at ${baseUrl}`).toContain(response.status());
  const { url } = (await response.json()) as { url: string };
  const refusal = new URL(url, baseUrl).searchParams.get("error");
  expect(refusal === null, `${baseUrl} answered ${response.status()} with ${url}`).toBe(response.status() === 200);
  return refusal;
};

/**
 * A new platform admin, made as the operator's first step on a new installation; the one-time
 * password is replaced at once, as the portal makes a person do, so it is a full user.
 */
export const platformAdminSignIn = async (factory: TRequestFactory): Promise<{ email: string; password: string }> => {
  const email = `matrix.${Date.now().toString(36)}@health.example`;
  const output = execFileSync("npm", ["run", "-s", "vax", "--", "platform-admin", "create", "--email", email], {
    cwd: root,
    encoding: "utf8",
    env: process.env,
  });
  const oneTimePassword = /One-time password:\s+(\S+)/.exec(output)?.[1];
  if (!oneTimePassword) throw new Error(`No one-time password in: ${output}`);
  const password = "Matrix-platform-2026";
  const request = await factory.newContext();
  try {
    expect(await signInByApi(request, urls.admin, { email, password: oneTimePassword })).toBeNull();
    const changed = await request.post(`${urls.admin}/api/v1/account/password`, {
      data: { currentPassword: oneTimePassword, newPassword: password },
      headers: { origin: urls.admin },
    });
    expect(changed.status(), await changed.text()).toBe(200);
  } finally {
    await request.dispose();
  }
  return { email, password };
};

const demoSignIns = {
  TENANT_ADMIN: demoCredentials.tenantAdmin,
  FACILITY_ADMIN: demoCredentials.facilityAdmin,
  VACCINATOR: demoCredentials.vaccinators[0],
  MONITORING: demoCredentials.monitoring,
} as const;

/**
 * A session of every role in every app it may sign in to; and, as the permission table says, a
 * refused sign-in where it may not, which is checked here too.
 */
const userCallers = async (factory: TRequestFactory): Promise<TMatrixCaller[]> => {
  const signIns: Record<Role, { email: string; password: string }> = {
    ...demoSignIns,
    PLATFORM_ADMIN: await platformAdminSignIn(factory),
  };
  const callers: TMatrixCaller[] = [];
  for (const role of Object.keys(rolePermissions) as Role[]) {
    const credentials = signIns[role];
    for (const app of Object.keys(signInPermission) as TSignInApp[]) {
      const request = await factory.newContext();
      const refusal = await signInByApi(request, urls[app], credentials);
      const message = `${role} signing in to the ${app} app (${refusal ?? "signed in"})`;
      if (canSignIn(role, app)) {
        expect(refusal, message).toBeNull();
        callers.push({ caller: { kind: "user", role, app }, request });
      } else {
        expect(refusal, message).toMatch(/cannot use the/);
        await request.dispose();
      }
    }
  }
  return callers;
};

/** An API client of the demo tenant for each single scope, created by its tenant admin through the admin API. */
const tokenCallers = async (factory: TRequestFactory, tenantAdmin: APIRequestContext): Promise<TMatrixCaller[]> =>
  Promise.all(
    apiScopes.map(async (scope) => {
      const created = await tenantAdmin.post(`${urls.admin}/api/v1/api-clients`, {
        data: { name: `Route matrix ${scope} ${Date.now().toString(36)}`, scopes: [scope] },
        headers: { origin: urls.admin },
      });
      expect(created.status(), await created.text()).toBe(201);
      const { token } = (await created.json()) as { token: string };
      const request = await factory.newContext({ extraHTTPHeaders: { authorization: `Bearer ${token}` } });
      return { caller: { kind: "token", scope }, request } satisfies TMatrixCaller;
    }),
  );

/**
 * A citizen on a number nobody else uses, with one certificate issued to it through the certify
 * API (by the matrix's own certificate:issue client), signed in with the code from the outbox.
 */
const citizenCaller = async (factory: TRequestFactory, issuer: APIRequestContext) => {
  const mobile = freshMobile();
  const certified = await issuer.post(`${urls.facility}/api/v1/certify`, {
    data: [divocCertificationRequest({ recipient: { name: "Matrix Citizen", contact: [`tel:${mobile}`] } })],
  });
  expect(certified.status(), await certified.text()).toBe(200);
  const [certificate] = ((await certified.json()) as { certificates: Array<{ certificateId: string }> }).certificates;
  if (!certificate) throw new Error("The certify API issued no certificate for the matrix's citizen");

  const request = await factory.newContext();
  const since = new Date(Date.now() - 1000);
  const sent = await request.post(`${urls.citizen}/api/v1/one-time-codes`, { data: { mobile } });
  expect(sent.status(), await sent.text()).toBe(202);
  const code = await oneTimeCodeFromOutbox(mobile, since);
  expect(await signInByApi(request, urls.citizen, { mobile, code })).toBeNull();
  return { caller: { caller: { kind: "citizen" }, request } satisfies TMatrixCaller, mobile, certificate };
};

/**
 * Every caller of the route matrix: anonymous, each role in each app it may sign in to, an API
 * token of each single scope, and a citizen holding a certificate.
 */
export const setUpMatrixCallers = async (factory: TRequestFactory): Promise<TMatrixCallers> => {
  const anonymous: TMatrixCaller = { caller: { kind: "anonymous" }, request: await factory.newContext() };
  const users = await userCallers(factory);
  const tenantAdmin = users.find(
    ({ caller }) => caller.kind === "user" && caller.role === "TENANT_ADMIN" && caller.app === "admin",
  );
  if (!tenantAdmin) throw new Error("No tenant admin session to create the API clients with");
  const tokens = await tokenCallers(factory, tenantAdmin.request);
  const issuer = tokens.find(({ caller }) => caller.kind === "token" && caller.scope === "certificate:issue");
  if (!issuer) throw new Error("No certificate:issue client to issue the citizen's certificate with");
  const citizen = await citizenCaller(factory, issuer.request);
  return {
    callers: [anonymous, ...users, citizen.caller, ...tokens],
    citizenMobile: citizen.mobile,
    certificateId: citizen.certificate.certificateId,
  };
};
