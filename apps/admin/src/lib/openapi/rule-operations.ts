import { type TApiOperation, ZIdPath } from "@vax/core/openapi";
import { ZBusinessRuleView, ZRuleImportReport, ZValidityRuleInput } from "@vax/core/schemas";
import { z } from "zod";

const toggle = (step: "disable" | "enable", summary: string): TApiOperation => ({
  method: "post",
  path: `/api/v1/rules/{id}/${step}`,
  tag: "Business rules",
  auth: "session",
  permission: "rule:write",
  summary,
  pathParams: ZIdPath,
  success: { status: 200, description: "How many versions changed", schema: z.object({ changed: z.number() }) },
  errors: { 404: "No such rule" },
});

/** The business rules verifiers judge certificates by: platform-wide (platform admin) or a tenant's own. */
export const ruleOperations = (): TApiOperation[] => [
  {
    method: "get",
    path: "/api/v1/rules",
    tag: "Business rules",
    auth: "session",
    permission: "rule:read",
    summary: "The platform-wide rules and the tenant's own, every version",
    success: { status: 200, description: "The rules", schema: z.object({ items: z.array(ZBusinessRuleView) }) },
  },
  {
    method: "post",
    path: "/api/v1/rules",
    tag: "Business rules",
    auth: "session",
    permission: "rule:write",
    summary: "Add a validity rule (valid N days after the last dose) as a new version",
    body: { schema: ZValidityRuleInput },
    success: { status: 201, description: "The rule", schema: ZBusinessRuleView },
  },
  {
    method: "post",
    path: "/api/v1/rules/import",
    tag: "Business rules",
    auth: "session",
    permission: "rule:write",
    summary: "Import a rule document in the EU rule format (a rule, a list, or the EU gateway's download)",
    body: { schema: z.unknown().meta({ description: "The rule document (up to 4 MB)" }) },
    success: { status: 200, description: "What was added, changed, unchanged and refused", schema: ZRuleImportReport },
    errors: { 422: "The document holds no rules" },
  },
  toggle("disable", "Stop applying a rule, every version of its identifier"),
  toggle("enable", "Apply a disabled rule again"),
];
