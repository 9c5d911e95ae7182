import { type TApiOperation, ZIdPath } from "@vax/core/openapi";
import {
  ZCertificateSearch,
  ZCertificateSearchResult,
  ZCertificateStatusChange,
  ZCertificateStatusView,
  ZCorrectionRequestQuery,
  ZCorrectionRequestView,
  ZPageOf,
  ZRejectCorrectionRequestInput,
} from "@vax/core/schemas";
import { z } from "zod";
import { ZCorrectionPreviewRequest, ZCorrectionRequest } from "../correction-request";

const notFound = { 404: "No such certificate in the caller's tenant" };
const statusChanged = {
  status: 200,
  description: "The certificate's new status",
  schema: ZCertificateStatusView,
} as const;

/** The operations on issued certificates and the citizens' requests to correct them. */
export const certificateOperations = (): TApiOperation[] => [
  {
    method: "get",
    path: "/api/v1/certificates",
    tag: "Certificates",
    auth: "session",
    permission: "certificate:read",
    summary: "Find the tenant's certificates by certificate id, mobile, identity number or name",
    query: ZCertificateSearch,
    success: { status: 200, description: "A page of matching certificates", schema: ZCertificateSearchResult },
  },
  {
    method: "get",
    path: "/api/v1/certificates/{id}",
    tag: "Certificates",
    auth: "session",
    permission: "certificate:read",
    summary: "One certificate (by row id or certificate id) with its recipient, doses and history",
    pathParams: ZIdPath,
    success: { status: 200, description: "The certificate" },
    errors: notFound,
  },
  {
    method: "post",
    path: "/api/v1/certificates/{id}/correct",
    tag: "Certificates",
    auth: "session",
    permission: "certificate:correct",
    summary: "Issue a corrected version of a certificate, superseding it",
    pathParams: ZIdPath,
    body: { schema: ZCorrectionRequest },
    success: { status: 200, description: "The corrected certificate" },
    errors: { ...notFound, 409: "The certificate is no longer the current one", 422: "The changes change nothing" },
  },
  {
    method: "post",
    path: "/api/v1/certificates/{id}/correction-preview",
    tag: "Certificates",
    auth: "session",
    permission: "certificate:correct",
    summary: "The unsigned credential a correction would issue, changing nothing",
    pathParams: ZIdPath,
    body: { schema: ZCorrectionPreviewRequest },
    success: {
      status: 200,
      description: "The credential the correction would sign",
      schema: z.object({ credential: z.record(z.string(), z.unknown()) }),
    },
    errors: notFound,
  },
  ...(["revoke", "suspend", "reinstate"] as const).map(
    (change): TApiOperation => ({
      method: "post",
      path: `/api/v1/certificates/{id}/${change}`,
      tag: "Certificates",
      auth: "session",
      permission: "certificate:revoke",
      summary: {
        revoke: "Revoke a certificate for good, with the reason",
        suspend: "Suspend a certificate until reinstated, or until the time given",
        reinstate: "Lift a certificate's suspension, with the reason",
      }[change],
      pathParams: ZIdPath,
      body: { schema: ZCertificateStatusChange },
      success: statusChanged,
      errors: { ...notFound, 409: "The certificate's status does not allow this change" },
    }),
  ),
  {
    method: "get",
    path: "/api/v1/correction-requests",
    tag: "Correction requests",
    auth: "session",
    permission: "correction-request:read",
    summary: "The queue of citizens' correction requests, by state (open ones first)",
    query: ZCorrectionRequestQuery,
    success: { status: 200, description: "A page of correction requests", schema: ZPageOf(ZCorrectionRequestView) },
  },
  {
    method: "post",
    path: "/api/v1/correction-requests/{id}/approve",
    tag: "Correction requests",
    auth: "session",
    permission: "correction-request:decide",
    summary: "Perform the correction a citizen asked for and tell them",
    pathParams: ZIdPath,
    success: { status: 200, description: "The decided request", schema: ZCorrectionRequestView },
    errors: { 404: "No such correction request", 409: "The request is already decided" },
  },
  {
    method: "post",
    path: "/api/v1/correction-requests/{id}/reject",
    tag: "Correction requests",
    auth: "session",
    permission: "correction-request:decide",
    summary: "Refuse a correction request with the reason the citizen is told",
    pathParams: ZIdPath,
    body: { schema: ZRejectCorrectionRequestInput },
    success: { status: 200, description: "The decided request", schema: ZCorrectionRequestView },
    errors: { 404: "No such correction request", 409: "The request is already decided" },
  },
];
