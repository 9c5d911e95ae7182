import { buildApiDocument, commonOperations } from "@vax/core/openapi";
import { certificateOperations } from "./certificate-operations";
import { citizenOperations } from "./citizen-operations";

/** The citizen portal's OpenAPI document, served at `/api/openapi.json` and shown at `/api/docs`. */
export const citizenApiDocument = () =>
  buildApiDocument({
    app: "citizen",
    title: "Citizen portal API",
    description:
      "A certificate in each of its forms, for its holder or an API client of its tenant; sign-in codes, " +
      "correction requests and feedback for the portal's pages.",
    version: "1",
    operations: [...commonOperations(), ...certificateOperations(), ...citizenOperations()],
  });
