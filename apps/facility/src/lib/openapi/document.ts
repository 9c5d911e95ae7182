import { buildApiDocument, commonOperations } from "@vax/core/openapi";
import { clientOperations } from "./client-operations";
import { vaccinatorOperations } from "./vaccinator-operations";
import { vcApiOperations } from "./vc-api-operations";

/** The facility app's OpenAPI document, served at `/api/openapi.json` and shown at `/api/docs`. */
export const facilityApiDocument = () =>
  buildApiDocument({
    app: "facility",
    title: "Facility API",
    description:
      "Certify vaccinations in DIVOC's shape, update, revoke and suspend certificates, and pre-enrol recipients " +
      "with an API client's token, also through the W3C VC API (credentials/issue, credentials/status); find recipients and record doses from the facility app's pages.",
    version: "1",
    operations: [...commonOperations(), ...clientOperations(), ...vcApiOperations(), ...vaccinatorOperations()],
  });
