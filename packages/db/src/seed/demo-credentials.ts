/** The demo sign-ins and API token, printed by `npm start` and listed in the README (demo mode only). */
export const demoCredentials = {
  tenantAdmin: { email: "admin@demo.example", password: "Admin#2026", name: "Asha Rao" },
  facilityAdmin: { email: "facility-admin@demo.example", password: "Facility#2026", name: "Vikram Singh" },
  vaccinators: [
    {
      email: "vaccinator1@demo.example",
      password: "Vaccinate#2026",
      name: "Meena Kumari",
      licenceNumber: "KA-NUR-1042",
    },
    {
      email: "vaccinator2@demo.example",
      password: "Vaccinate#2026",
      name: "Joseph Thomas",
      licenceNumber: "KA-NUR-2077",
    },
  ],
  monitoring: { email: "monitor@demo.example", password: "Monitor#2026", name: "Farah Khan" },
  apiClient: { name: "Demo hospital system", prefix: "de30de30de30", secret: "demo_secret_for_local_use_only_2026" },
} as const;

/** The demo API client's whole bearer token. */
export const demoApiToken = `vax_${demoCredentials.apiClient.prefix}_${demoCredentials.apiClient.secret}`;
