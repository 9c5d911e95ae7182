export { type CreateTenantOptions, createTenant, type TCreatedTenant } from "./create-tenant";
export { type GetTenantOptions, getTenant } from "./get-tenant";
export { type GetTenantLocaleOptions, getTenantLocale, type TTenantLocale } from "./get-tenant-locale";
export { type ListTenantsOptions, listTenants } from "./list-tenants";
export { type SetTenantActiveOptions, setTenantActive } from "./set-tenant-active";
export { type TTenantView, tenantView } from "./tenant-view";
export { type UpdateTenantOptions, updateTenant } from "./update-tenant";
