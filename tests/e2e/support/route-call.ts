import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { TMatrixCaller } from "./matrix-callers";
import { type TSamples, UNKNOWN_ID } from "./matrix-samples";
import type { TExpected } from "./route-access";
import { isReadRoute, routePath, type TAppName, type TRoute } from "./route-inventory";
import type { TRouteRule } from "./route-rule-kinds";
import { urls } from "./urls";

/** What a caller got: read as allowed, 401 or 403 where it is one of them, with the status and a hint of why. */
export type TObserved = { answer: TExpected | "unexpected"; status: number; note: string };

/** What each app's pages show a signed-in user whose role may not see them (they answer 200 with it). */
const forbiddenMarkers: Partial<Record<TAppName, string>> = {
  admin: "Not allowed.",
  facility: "This account cannot use the facility app.",
};

// What a page shows, not what its scripts carry: a translated app sends its words to the browser with every page.
const shownText = (html: string): string => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");

// An allowed write gets `{}` or an unknown id, so it must be refused as input, never carried out.
const refusedInput = new Set([400, 404, 409, 415, 422]);

/** The URL the matrix calls for a route: reads with the rule's samples, writes with an id that exists nowhere. */
export const matrixUrl = (route: TRoute, rule: TRouteRule, samples: TSamples): string => {
  const values = Object.fromEntries(
    route.params.map((name) => {
      const sample = rule.params?.[name];
      return [name, sample ? samples[sample] : isReadRoute(route) ? "" : UNKNOWN_ID];
    }),
  );
  const url = new URL(routePath(route, values), urls[route.app]);
  if (isReadRoute(route))
    for (const [field, sample] of Object.entries({ ...rule.query })) url.searchParams.set(field, samples[sample]);
  return url.toString();
};

const snippet = async (response: APIResponse) => (await response.text()).replace(/\s+/g, " ").slice(0, 160);

const apiAnswer = async (route: TRoute, response: APIResponse): Promise<TObserved> => {
  const status = response.status();
  if (status === 401 || status === 403) return { answer: status, status, note: await snippet(response) };
  const allowed = isReadRoute(route) ? status === 200 : refusedInput.has(status);
  return { answer: allowed ? "allowed" : "unexpected", status, note: await snippet(response) };
};

const pageAnswer = async (
  route: TRoute,
  response: APIResponse,
  request: APIRequestContext,
  via = "",
): Promise<TObserved> => {
  const status = response.status();
  const location = response.headers().location;
  if (status >= 300 && status < 400 && location) {
    const target = new URL(location, urls[route.app]);
    if (target.pathname === "/sign-in") return { answer: 401, status, note: `redirected to ${location}` };
    // Somewhere else (a signed-in citizen on the sign-in page goes home): what matters is what opens there.
    const next = await request.get(target.toString(), { maxRedirects: 0 });
    return pageAnswer(route, next, request, `${via}redirected to ${target.pathname}; `);
  }
  const body = await response.text();
  const marker = forbiddenMarkers[route.app];
  if (status === 200 && marker && shownText(body).includes(marker))
    return { answer: 403, status, note: `${via}shows "${marker}"` };
  return { answer: status === 200 ? "allowed" : "unexpected", status, note: `${via}${body.slice(0, 80)}` };
};

/** Calls a route as a caller and reads the answer: no redirect is followed blindly, a write's body is `{}`. */
export const callRoute = async (
  route: TRoute,
  rule: TRouteRule,
  samples: TSamples,
  { request }: TMatrixCaller,
): Promise<TObserved> => {
  const url = matrixUrl(route, rule, samples);
  if (route.method === "PAGE") return pageAnswer(route, await request.get(url, { maxRedirects: 0 }), request);
  const response = await request.fetch(url, {
    method: route.method,
    maxRedirects: 0,
    // A browser names the page's origin on every write; the apps refuse a session write without it.
    ...(isReadRoute(route) ? {} : { data: {}, headers: { origin: new URL(urls[route.app]).origin } }),
  });
  return apiAnswer(route, response);
};

/** Runs tasks with at most `limit` at a time, keeping their order. */
export const inBatches = async <T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> => {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
};
