import { createAuthOptions } from "@vax/auth/next-auth";

/** Sign-in for the orchestration portal: only roles with admin-portal access get in. */
export const authOptions = createAuthOptions({
  name: "admin",
  permission: "admin-portal:access",
  label: "orchestration portal",
});
