import { createAuthOptions } from "@vax/auth/next-auth";

/** Sign-in for the facility app: vaccinators and facility admins. */
export const authOptions = createAuthOptions({
  name: "facility",
  permission: "facility-app:access",
  label: "facility app",
});
