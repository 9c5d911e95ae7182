import type { TOneTimeCodeSent } from "@vax/core";
import type { TErrorBody } from "@vax/core/schemas";

/** What asking for a code came to: sent, or refused with a message and maybe when to ask again. */
export type TCodeRequestResult = { sent: TOneTimeCodeSent } | { error: string; field?: string; retryAt?: number };

/** Asks the portal to text a sign-in code to the number. */
export const requestCode = async (t: (key: string) => string, mobile: string): Promise<TCodeRequestResult> => {
  let response: Response;
  try {
    response = await fetch("/api/v1/one-time-codes", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ mobile }),
    });
  } catch {
    return { error: t("Errors.offline") };
  }
  if (response.ok) return { sent: (await response.json()) as TOneTimeCodeSent };
  const body = (await response.json().catch(() => null)) as TErrorBody | null;
  const retryAfter = Number(response.headers.get("Retry-After"));
  return {
    error: body?.error.details[0]?.message ?? body?.error.message ?? t("Errors.codeNotSent"),
    field: body?.error.code === "VALIDATION_FAILED" ? "mobile" : undefined,
    retryAt: retryAfter > 0 ? Date.now() + retryAfter * 1000 : undefined,
  };
};
