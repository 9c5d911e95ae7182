import { describe, expect, it } from "vitest";
import { can } from "./permissions";

describe("permissions", () => {
  it("keeps vaccinators out of the admin portal and in the facility app", () => {
    expect(can("VACCINATOR", "admin-portal:access")).toBe(false);
    expect(can("VACCINATOR", "facility-app:access")).toBe(true);
    expect(can("VACCINATOR", "programme:write")).toBe(false);
  });

  it("lets a tenant admin set everything up, but not record doses", () => {
    for (const permission of [
      "programme:write",
      "vaccine:write",
      "facility:write",
      "user:write",
      "api-client:write",
      "audit:read",
    ] as const) {
      expect(can("TENANT_ADMIN", permission)).toBe(true);
    }
    expect(can("TENANT_ADMIN", "facility-app:access")).toBe(false);
  });

  it("gives monitoring read-only access", () => {
    expect(can("MONITORING", "programme:read")).toBe(true);
    expect(can("MONITORING", "programme:write")).toBe(false);
    expect(can("MONITORING", "user:write")).toBe(false);
  });

  it("refuses when there is no role", () => {
    expect(can(null, "admin-portal:access")).toBe(false);
    expect(can(undefined, "programme:read")).toBe(false);
  });
});

describe("tenant and key permissions", () => {
  it("keeps tenants to the platform admin, and keys to the platform and tenant admins", () => {
    expect(can("PLATFORM_ADMIN", "tenant:write")).toBe(true);
    for (const role of ["TENANT_ADMIN", "FACILITY_ADMIN", "VACCINATOR", "MONITORING"] as const) {
      expect(can(role, "tenant:read")).toBe(false);
      expect(can(role, "tenant:write")).toBe(false);
    }
    expect(can("TENANT_ADMIN", "key:write")).toBe(true);
    expect(can("MONITORING", "key:read")).toBe(true);
    expect(can("MONITORING", "key:write")).toBe(false);
    expect(can("FACILITY_ADMIN", "key:read")).toBe(false);
  });
});

describe("the platform admin", () => {
  it("runs tenants and their keys and reads across tenants, but changes nothing inside one and records no dose", () => {
    for (const permission of [
      "admin-portal:access",
      "tenant:write",
      "key:write",
      "programme:read",
      "audit:read",
    ] as const) {
      expect(can("PLATFORM_ADMIN", permission)).toBe(true);
    }
    for (const permission of [
      "facility-app:access",
      "programme:write",
      "vaccine:write",
      "facility:write",
      "user:write",
      "api-client:write",
    ] as const) {
      expect(can("PLATFORM_ADMIN", permission)).toBe(false);
    }
  });
});

describe("certificate lifecycle permissions", () => {
  it("lets only a tenant admin correct, revoke, suspend and reinstate certificates; everyone who reads them still may", () => {
    for (const permission of ["certificate:correct", "certificate:revoke"] as const) {
      expect(can("TENANT_ADMIN", permission)).toBe(true);
      for (const role of ["PLATFORM_ADMIN", "FACILITY_ADMIN", "VACCINATOR", "MONITORING"] as const) {
        expect(can(role, permission)).toBe(false);
      }
    }
    expect(can("MONITORING", "certificate:read")).toBe(true);
    expect(can("FACILITY_ADMIN", "certificate:read")).toBe(true);
  });
});

describe("correction requests and feedback", () => {
  it("let a tenant admin decide requests, and monitoring only read them and the feedback", () => {
    for (const permission of ["correction-request:read", "correction-request:decide", "feedback:read"] as const) {
      expect(can("TENANT_ADMIN", permission)).toBe(true);
    }
    expect(can("MONITORING", "correction-request:read")).toBe(true);
    expect(can("MONITORING", "feedback:read")).toBe(true);
    expect(can("MONITORING", "correction-request:decide")).toBe(false);
    expect(can("PLATFORM_ADMIN", "correction-request:decide")).toBe(false);
    for (const role of ["FACILITY_ADMIN", "VACCINATOR"] as const) {
      expect(can(role, "correction-request:read")).toBe(false);
      expect(can(role, "feedback:read")).toBe(false);
    }
  });
});

describe("analytics", () => {
  it("let monitoring read the dashboard but only a tenant admin recount it", () => {
    for (const role of ["TENANT_ADMIN", "MONITORING", "PLATFORM_ADMIN"] as const) {
      expect(can(role, "analytics:read")).toBe(true);
    }
    expect(can("TENANT_ADMIN", "analytics:refresh")).toBe(true);
    for (const role of ["MONITORING", "PLATFORM_ADMIN", "FACILITY_ADMIN", "VACCINATOR"] as const) {
      expect(can(role, "analytics:refresh")).toBe(false);
    }
    expect(can("FACILITY_ADMIN", "analytics:read")).toBe(false);
  });
});

describe("certificate template permissions", () => {
  it("lets tenant admins edit templates, monitoring read them, and facility staff do neither", () => {
    expect(can("TENANT_ADMIN", "template:write")).toBe(true);
    expect(can("MONITORING", "template:read")).toBe(true);
    expect(can("MONITORING", "template:write")).toBe(false);
    for (const role of ["FACILITY_ADMIN", "VACCINATOR"] as const) {
      expect(can(role, "template:read")).toBe(false);
      expect(can(role, "template:write")).toBe(false);
    }
  });
});
