import type { TApiOperation } from "@vax/core/openapi";
import {
  ZCreatedTenant,
  ZFacilityInput,
  ZFacilityView,
  ZProgrammeInput,
  ZProgrammeView,
  ZTenantCreateInput,
  ZTenantUpdateInput,
  ZTenantView,
  ZVaccineInput,
  ZVaccineView,
} from "@vax/core/schemas";
import { resourceOperations } from "./resource-operations";

/** The operations that set a campaign up: tenants, programmes, vaccines and facilities. */
export const setupOperations = (): TApiOperation[] => [
  ...resourceOperations({
    path: "/api/v1/tenants",
    tag: "Tenants",
    read: "tenant:read",
    write: "tenant:write",
    input: ZTenantCreateInput,
    updateInput: ZTenantUpdateInput,
    view: ZTenantView,
    created: {
      description: "The tenant and its first admin, with a one-time password shown this once",
      schema: ZCreatedTenant,
    },
    summaries: {
      list: "Search, sort and page the platform's tenants",
      create: "Create a tenant with its first signing keys and its first admin (one-time password shown once)",
      get: "One tenant",
      update: "Change a tenant's name, country, language and time zone (never its slug)",
      deactivate: "Stop a tenant: its users, tokens and certificates stop working",
      reactivate: "Let a deactivated tenant work again",
    },
  }),
  ...resourceOperations({
    path: "/api/v1/programmes",
    tag: "Programmes",
    read: "programme:read",
    write: "programme:write",
    input: ZProgrammeInput,
    view: ZProgrammeView,
    summaries: {
      list: "Search, sort and page the tenant's programmes",
      create: "Create a programme",
      get: "One programme",
      update: "Replace a programme's details",
      deactivate: "Close a programme to new doses",
      reactivate: "Open a deactivated programme again",
    },
  }),
  ...resourceOperations({
    path: "/api/v1/vaccines",
    tag: "Vaccines",
    read: "vaccine:read",
    write: "vaccine:write",
    input: ZVaccineInput,
    view: ZVaccineView,
    summaries: {
      list: "Search, sort and page the tenant's vaccines",
      create: "Create a vaccine",
      get: "One vaccine",
      update: "Replace a vaccine's details and programmes",
      deactivate: "Stop offering a vaccine for new doses",
      reactivate: "Offer a deactivated vaccine again",
    },
  }),
  ...resourceOperations({
    path: "/api/v1/facilities",
    tag: "Facilities",
    read: "facility:read",
    write: "facility:write",
    input: ZFacilityInput,
    view: ZFacilityView,
    summaries: {
      list: "Search, sort and page the tenant's facilities",
      create: "Create a facility",
      get: "One facility",
      update: "Replace a facility's details and programmes",
      deactivate: "Close a facility to new doses",
      reactivate: "Open a deactivated facility again",
    },
  }),
];
