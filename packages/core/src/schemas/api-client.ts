import { z } from "zod";
import { requiredText } from "./fields";

/** What an API client may be allowed to do. */
export const apiScopes = ["certificate:issue", "certificate:read", "recipient:read"] as const;

/** One of {@link apiScopes}. */
export type TApiScope = (typeof apiScopes)[number];

/** An API client as an admin creates or edits it: a name and the scopes its token carries. */
export const ZApiClientInput = z.object({
  name: requiredText("Name", 80),
  scopes: z
    .array(z.enum(apiScopes, { error: `A scope is one of ${apiScopes.join(", ")}` }), {
      error: "Choose at least one scope",
    })
    .min(1, "Choose at least one scope")
    .transform((scopes) => apiScopes.filter((scope) => scopes.includes(scope))),
});

/** Input of the API client form, before parsing. */
export type TApiClientInput = z.input<typeof ZApiClientInput>;
/** A parsed, valid API client. */
export type TApiClient = z.output<typeof ZApiClientInput>;
