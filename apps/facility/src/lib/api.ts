import { type TApiContext, withApi } from "@vax/auth/with-api";
import { authOptions } from "./auth";

/** Wraps a facility API route with the session, the facility-app permission and the error mapping. */
export const facilityApi = <P extends Record<string, string> = Record<string, never>>(
  handler: (context: TApiContext<P>) => Promise<unknown>,
) => withApi<P>(handler, { permission: "facility-app:access", app: "facility", auth: authOptions });
