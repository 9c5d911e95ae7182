import { type TApiOperation, ZIdPath } from "@vax/core/openapi";
import {
  ZCertificateView,
  ZDoseHistory,
  ZRecipientInput,
  ZRecipientSearch,
  ZRecipientView,
  ZRecordDose,
  ZRecordTestReport,
  ZSchemaCredentialView,
} from "@vax/core/schemas";
import { z } from "zod";

/** The operations the facility app's own pages call with a vaccinator's session. */
export const vaccinatorOperations = (): TApiOperation[] => [
  {
    method: "get",
    path: "/api/v1/recipients",
    tag: "Recipients",
    auth: "session",
    permission: "facility-app:access",
    summary: "The tenant's recipients with exactly this mobile, identity number or pre-enrolment code",
    query: ZRecipientSearch,
    success: {
      status: 200,
      description: "The recipients found",
      schema: z.object({ items: z.array(ZRecipientView) }),
    },
  },
  {
    method: "post",
    path: "/api/v1/recipients",
    tag: "Recipients",
    auth: "session",
    permission: "facility-app:access",
    summary: "Register a walk-in recipient",
    body: { schema: ZRecipientInput },
    success: { status: 201, description: "The recipient", schema: ZRecipientView },
  },
  {
    method: "get",
    path: "/api/v1/recipients/{id}/doses",
    tag: "Recipients",
    auth: "session",
    permission: "facility-app:access",
    summary: "A recipient's doses and the next dose of each programme here",
    pathParams: ZIdPath,
    success: { status: 200, description: "The dose history", schema: ZDoseHistory },
    errors: { 404: "No such recipient in the tenant" },
  },
  {
    method: "get",
    path: "/api/v1/certificates/{id}/pdf",
    tag: "Certificates",
    auth: "session",
    permission: "facility-app:access",
    summary: "The certificate PDF to print at the counter, in the template version its programme chose",
    pathParams: ZIdPath,
    success: { status: 200, description: "The certificate PDF, shown inline to print", mediaType: "application/pdf" },
    errors: { 404: "No such certificate in the tenant", 422: "The certificate is revoked, suspended or superseded" },
  },
  {
    method: "post",
    path: "/api/v1/doses",
    tag: "Doses",
    auth: "session",
    permission: "facility-app:access",
    summary: "Record a dose and issue its certificate; a replay of the same `idempotencyKey` returns it again",
    body: { schema: ZRecordDose },
    success: { status: 201, description: "The certificate issued for the dose", schema: ZCertificateView },
    errors: {
      404: "No such recipient, programme or vaccine",
      409: "That dose is already recorded",
      422: "The dose breaks the schedule",
    },
  },
  {
    method: "post",
    path: "/api/v1/test-reports",
    tag: "Test reports",
    auth: "session",
    permission: "facility-app:access",
    summary:
      "Record a COVID-19 test at the user's facility and issue its test report (ProofOfTestCertificateCredential)",
    body: { schema: ZRecordTestReport },
    success: { status: 201, description: "The signed test report and its QR text", schema: ZSchemaCredentialView },
    errors: { 404: "No such recipient in the tenant" },
  },
];
