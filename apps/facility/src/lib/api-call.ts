import type { TErrorBody } from "@vax/core/schemas";
import { reportReachable, reportUnreachable } from "./connectivity";

/** What came of one call to the facility API: the answer, the server's refusal, or no answer at all. */
export type TApiOutcome<T> =
  | { kind: "ok"; status: number; body: T }
  | { kind: "error"; status: number; error: TErrorBody["error"] }
  | { kind: "unreachable" };

/**
 * Calls the facility app's JSON API from the browser. A fetch that throws (offline, the server
 * down, the connection cut) is `unreachable`, never an error the server gave: the offline queue
 * depends on telling the two apart.
 */
export const callApi = async <T>(url: string, init: RequestInit = {}): Promise<TApiOutcome<T>> => {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { "content-type": "application/json", ...init.headers },
      cache: "no-store",
    });
  } catch {
    reportUnreachable();
    return { kind: "unreachable" };
  }
  reportReachable();
  const body = await response.json().catch(() => null);
  if (response.ok) return { kind: "ok", status: response.status, body: body as T };
  const error = (body as TErrorBody | null)?.error ?? {
    code: "INTERNAL",
    message: `The server answered ${response.status} ${response.statusText}`.trim(),
    details: [],
  };
  return { kind: "error", status: response.status, error };
};

/**
 * Whether an error answer may go away by itself: no session (sign in again), a timeout, rate
 * limiting or trouble on the server. Any other 4xx is the server refusing this request, which
 * sending it again unchanged cannot fix.
 */
export const isTransient = (status: number): boolean =>
  status === 401 || status === 408 || status === 429 || status >= 500;
