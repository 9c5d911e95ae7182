import type { TErrorBody } from "@vax/core/schemas";

/** An API answer that was not 2xx, with the error body the API sent. */
export class ApiError extends Error {
  readonly status: number;
  readonly body: TErrorBody;

  constructor(status: number, body: TErrorBody) {
    super(body.error.message);
    this.status = status;
    this.body = body;
  }
}

/** Calls one of the portal's JSON APIs; a non-2xx answer throws an {@link ApiError}. */
export const fetchJson = async <T>(url: string, init: RequestInit = {}): Promise<T> => {
  const response = await fetch(url, { ...init, headers: { "content-type": "application/json", ...init.headers } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(
      response.status,
      body ?? { error: { code: "INTERNAL", message: response.statusText, details: [] } },
    );
  }
  return body as T;
};
