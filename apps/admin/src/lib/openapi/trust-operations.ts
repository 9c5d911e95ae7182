import type { TApiOperation } from "@vax/core/openapi";
import {
  TRUST_IMPORT_BODY_LIMIT,
  ZDscList,
  ZTrustedIssuerInput,
  ZTrustedIssuerView,
  ZTrustImportForm,
  ZTrustImportReport,
  ZTrustList,
} from "@vax/core/schemas";
import { resourceOperations } from "./resource-operations";

const TAG = "Trusted issuers";
const WHO =
  "A platform admin (platform-wide entries and every tenant's) or a tenant admin (its tenant's), signed in, or an " +
  "API client with the trust:write scope.";

const byTokenToo = (operation: TApiOperation): TApiOperation => ({
  ...operation,
  auth: "sessionOrApiToken",
  permission: `${operation.permission} (session) or trust:write (API client)`,
  description: WHO,
});

/** The trust operations: manage trusted issuers by hand, import a trust document, export ours. */
export const trustOperations = (): TApiOperation[] =>
  [
    ...resourceOperations({
      path: "/api/v1/trusted-issuers",
      tag: TAG,
      read: "trust:read",
      write: "trust:write",
      input: ZTrustedIssuerInput,
      view: ZTrustedIssuerView,
      summaries: {
        list: "Search, sort and page the trusted issuers the caller manages",
        create: "Trust an issuer entered by hand; keys as PEM, JWK, multibase or X.509 (a bad key is a field error)",
        get: "One trusted issuer with its keys",
        update: "Replace a trusted issuer's name, country, identifiers, keys, CSCAs and contexts",
        deactivate: "Disable a trusted issuer: its certificates stop verifying",
        reactivate: "Trust a disabled issuer again",
      },
    }),
    {
      method: "post",
      path: "/api/v1/trusted-issuers/import",
      tag: TAG,
      auth: "session",
      permission: "trust:write",
      summary:
        "Import our trust list, an EU DCC / WHO GDHCN DSC list (with optional CSCAs) or a JWKS with its issuer URL; " +
        "answers what was added, changed, unchanged and refused, and why",
      body: { schema: ZTrustImportForm, mediaType: "multipart/form-data", maxBytes: TRUST_IMPORT_BODY_LIMIT },
      success: { status: 200, description: "What the import did", schema: ZTrustImportReport },
    },
    {
      method: "get",
      path: "/api/v1/trusted-issuers/export/trust-list",
      tag: TAG,
      auth: "session",
      permission: "trust:read",
      summary: "The whole trust list in our format: the platform's tenants and every active trusted issuer",
      success: { status: 200, description: "The trust list, as a file", schema: ZTrustList },
    },
    {
      method: "get",
      path: "/api/v1/trusted-issuers/export/dsc-list",
      tag: TAG,
      auth: "session",
      permission: "trust:read",
      summary: "Our issuers' Document Signer Certificates as an EU DCC / WHO GDHCN DSC list",
      success: { status: 200, description: "The DSC list, as a file", schema: ZDscList },
    },
  ].map((operation) => byTokenToo(operation as TApiOperation));
