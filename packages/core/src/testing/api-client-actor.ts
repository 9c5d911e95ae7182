import { randomBytes } from "node:crypto";
import { authenticateApiClient } from "../api-client/authenticate-api-client";
import { createApiClient } from "../api-client/create-api-client";
import { ZApiClientInput } from "../schemas/api-client";
import type { TActor } from "../shared/actor";

/** A new API client of the admin's tenant that may certify, as the certify API authenticates it. */
export const apiClientActor = async (admin: TActor): Promise<TActor> => {
  const name = `Hospital system ${randomBytes(4).toString("hex")}`;
  const input = ZApiClientInput.parse({ name, scopes: ["certificate:issue"] });
  const { token } = await createApiClient({ actor: admin, input });
  return authenticateApiClient({ token, scope: "certificate:issue" });
};
