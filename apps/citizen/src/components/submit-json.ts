import type { TErrorBody } from "@vax/core/schemas";

/** What a form's submission came to: done, or refused with a message and the message of each field. */
export type TSubmission = { ok: true } | { ok: false; error: string; fields: Record<string, string> };

/** Sends a form's values as JSON to one of the portal's routes, and reads a refusal into messages a person can act on. */
export const submitJson = async (t: (key: string) => string, url: string, body: unknown): Promise<TSubmission> => {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: t("Errors.offline"), fields: {} };
  }
  if (response.ok) return { ok: true };
  const refusal = (await response.json().catch(() => null)) as TErrorBody | null;
  const fields = Object.fromEntries((refusal?.error.details ?? []).map(({ path, message }) => [path, message]));
  return { ok: false, error: refusal?.error.message ?? t("Errors.failed"), fields };
};
