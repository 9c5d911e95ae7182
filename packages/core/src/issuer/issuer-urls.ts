import { env } from "@vax/config/env";
import { didWebFromUrl } from "@vax/credentials/keys";
import type { StatusPurpose } from "@vax/db";

const publicUrl = (): string => env.VAX_PUBLIC_URL.replace(/\/+$/, "");

/** The verify app's public base URL (VAX_PUBLIC_URL), without a trailing slash. */
export const publicBaseUrl = publicUrl;

/** The base URL a tenant's issuer material lives under: its did:web resolves to `<base>/did.json`. */
export const tenantBaseUrl = (slug: string): string => `${publicUrl()}/tenants/${encodeURIComponent(slug)}`;

/** The tenant's issuer DID, e.g. `did:web:localhost%3A3003:tenants:demo-ministry`. */
export const tenantDid = (slug: string): string => didWebFromUrl(tenantBaseUrl(slug));

const PURPOSE_PATH: Record<StatusPurpose, string> = { REVOCATION: "revocation", SUSPENSION: "suspension" };

/** The URL a tenant's status list credential is published at, as credentials name it. */
export const statusListUrl = (slug: string, purpose: StatusPurpose, number: number): string =>
  `${tenantBaseUrl(slug)}/status/${PURPOSE_PATH[purpose]}/${number}`;
