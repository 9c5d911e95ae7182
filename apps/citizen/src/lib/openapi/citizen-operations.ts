import type { TApiOperation } from "@vax/core/openapi";
import {
  ZCitizenCorrectionRequest,
  ZCorrectionRequestInput,
  ZFeedbackInput,
  ZFeedbackView,
  ZOneTimeCodeSent,
  ZRequestOneTimeCodeInput,
} from "@vax/core/schemas";
import { z } from "zod";

/** The operations of the citizen portal's own pages: signing in, correction requests and feedback. */
export const citizenOperations = (): TApiOperation[] => [
  {
    method: "post",
    path: "/api/v1/one-time-codes",
    tag: "Sign-in",
    auth: "public",
    summary: "Send a sign-in code by SMS to a mobile number",
    description:
      "A code is sent whether or not anyone is registered on the number. Calls from another site's page are refused.",
    body: { schema: ZRequestOneTimeCodeInput },
    success: { status: 202, description: "The code is on its way", schema: ZOneTimeCodeSent },
    errors: { 429: "Too many codes for this number or address; `Retry-After` says when to ask again" },
  },
  {
    method: "get",
    path: "/api/v1/correction-requests",
    tag: "Correction requests",
    auth: "session",
    summary: "The signed-in citizen's correction requests, each with its state",
    success: {
      status: 200,
      description: "The citizen's correction requests",
      schema: z.object({ correctionRequests: z.array(ZCitizenCorrectionRequest) }),
    },
  },
  {
    method: "post",
    path: "/api/v1/correction-requests",
    tag: "Correction requests",
    auth: "session",
    summary: "Ask for a certificate on the citizen's number to be corrected",
    body: { schema: ZCorrectionRequestInput, maxBytes: 16 * 1024 },
    success: { status: 201, description: "The correction request", schema: ZCitizenCorrectionRequest },
    errors: { 404: "No such certificate on the citizen's number", 409: "A request for it is already open" },
  },
  {
    method: "post",
    path: "/api/v1/feedback",
    tag: "Feedback",
    auth: "session",
    summary: "Rate the vaccination behind a certificate on the citizen's number",
    body: { schema: ZFeedbackInput, maxBytes: 16 * 1024 },
    success: { status: 201, description: "The feedback", schema: ZFeedbackView },
    errors: { 404: "No such certificate on the citizen's number" },
  },
];
