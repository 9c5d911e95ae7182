import { listOperation, type TApiOperation, ZIdPath } from "@vax/core/openapi";
import {
  TEMPLATE_BODY_LIMIT,
  ZListQuery,
  ZProgrammeTemplateChoice,
  ZTemplateCreateInput,
  ZTemplatePreviewInput,
  ZTemplatePreviewQuery,
  ZTemplateSettingsInput,
  ZTemplateSummary,
  ZTemplateVersionPath,
  ZTemplateVersionView,
  ZTemplateView,
} from "@vax/core/schemas";
import { z } from "zod";

const tag = "Certificate templates";
const settingsBody = { schema: ZTemplateSettingsInput, maxBytes: TEMPLATE_BODY_LIMIT };

/** The certificate templates a ministry edits itself: versioned, previewed as the real PDF, chosen per programme. */
export const templateOperations = (): TApiOperation[] => [
  listOperation({
    path: "/api/v1/templates",
    tag,
    auth: "session",
    permission: "template:read",
    summary: "Search, sort and page the tenant's certificate templates",
    query: ZListQuery,
    item: ZTemplateSummary,
    pageOf: "certificate templates",
  }),
  {
    method: "post",
    path: "/api/v1/templates",
    tag,
    auth: "session",
    permission: "template:write",
    summary: "Create a template; its settings are saved as version 1",
    body: { schema: ZTemplateCreateInput, maxBytes: TEMPLATE_BODY_LIMIT },
    success: { status: 201, description: "The template", schema: ZTemplateView },
    errors: { 409: "A template with this name exists" },
  },
  {
    method: "get",
    path: "/api/v1/templates/{id}",
    tag,
    auth: "session",
    permission: "template:read",
    summary: "One template: every version with its date and author, the latest settings, the programmes using it",
    pathParams: ZIdPath,
    success: { status: 200, description: "The template", schema: ZTemplateView },
    errors: { 404: "No such template in the caller's tenant" },
  },
  {
    method: "post",
    path: "/api/v1/templates/{id}/versions",
    tag,
    auth: "session",
    permission: "template:write",
    summary: "Save edited settings as the template's next version (saved versions never change)",
    pathParams: ZIdPath,
    body: settingsBody,
    success: { status: 201, description: "The new version", schema: ZTemplateVersionView },
    errors: { 404: "No such template in the caller's tenant" },
  },
  {
    method: "get",
    path: "/api/v1/templates/{id}/versions/{version}",
    tag,
    auth: "session",
    permission: "template:read",
    summary: "One saved version of a template, its settings as saved",
    pathParams: ZTemplateVersionPath,
    success: { status: 200, description: "The version", schema: ZTemplateVersionView },
    errors: { 404: "No such template or version" },
  },
  {
    method: "post",
    path: "/api/v1/templates/preview",
    tag,
    auth: "session",
    permission: "template:write",
    summary: "The PDF the posted settings print, drawn with a sample credential of the schema given; nothing is saved",
    query: ZTemplatePreviewQuery,
    body: { schema: ZTemplatePreviewInput, maxBytes: TEMPLATE_BODY_LIMIT },
    success: { status: 200, description: "The preview", mediaType: "application/pdf" },
  },
  {
    method: "post",
    path: "/api/v1/templates/{id}/retire",
    tag,
    auth: "session",
    permission: "template:write",
    summary: "Retire a template: no programme can choose it and nothing prints with it any more",
    pathParams: ZIdPath,
    success: { status: 200, description: "The retired template", schema: ZTemplateView },
    errors: { 404: "No such template in the tenant", 409: "A programme still prints with one of its versions" },
  },
  {
    method: "put",
    path: "/api/v1/programmes/{id}/template",
    tag,
    auth: "session",
    permission: "programme:write",
    summary: "Choose the template version a programme's certificates print with (null: the built-in look)",
    description:
      "Every PDF of the programme printed from now on uses this version, those of certificates issued before too; " +
      "the signed credentials never change.",
    pathParams: ZIdPath,
    body: { schema: ZProgrammeTemplateChoice },
    success: {
      status: 200,
      description: "What the programme prints with now",
      schema: z.object({
        programmeId: z.string(),
        template: z
          .object({ id: z.string(), name: z.string(), version: z.number().int(), templateVersionId: z.string() })
          .nullable(),
      }),
    },
    errors: { 404: "No such programme, or no such template version in the caller's tenant" },
  },
];
