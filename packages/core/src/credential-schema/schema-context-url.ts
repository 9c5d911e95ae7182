import {
  schemaContext,
  testReportContext,
  testReportContextUrl,
  vaccinationContext,
  vaccinationContextUrl,
} from "@vax/credentials/w3c";
import { publicBaseUrl } from "../issuer/issuer-urls";
import { builtInSchemaOf } from "./built-in-schemas";

/** What names a schema version's context: its schema's owner and name, its number, type and JSON Schema. */
export type TContextSource = {
  schemaId: string;
  tenantSlug: string | null;
  name: string;
  version: number;
  credentialType: string;
  subjectSchema: unknown;
};

/**
 * The URL of a schema version's JSON-LD context, under the public base URL (`VAX_PUBLIC_URL`), where the verify app
 * serves it: `/credentials/schemas/{tenant}/{name}/v{n}` for a tenant's schema, the built-in ones' own URLs else.
 */
export const schemaContextUrl = (source: Pick<TContextSource, "schemaId" | "tenantSlug" | "name" | "version">) => {
  const builtIn = builtInSchemaOf(source.schemaId);
  if (builtIn?.name === "vaccination") return vaccinationContextUrl(publicBaseUrl());
  if (builtIn?.name === "test-report") return testReportContextUrl(publicBaseUrl());
  return `${publicBaseUrl()}/credentials/schemas/${encodeURIComponent(source.tenantSlug ?? "")}/${source.name}/v${source.version}`;
};

/** The JSON-LD context document of a schema version, made from its JSON Schema (built-in ones as bundled). */
export const schemaVersionContext = (source: TContextSource): Record<string, unknown> => {
  const builtIn = builtInSchemaOf(source.schemaId);
  if (builtIn?.name === "vaccination") return vaccinationContext(publicBaseUrl());
  if (builtIn?.name === "test-report") return testReportContext(publicBaseUrl());
  return schemaContext({
    url: schemaContextUrl(source),
    credentialType: source.credentialType,
    subjectSchema: source.subjectSchema as Record<string, unknown>,
  });
};
