import { errorResponse, parseBody } from "@vax/auth";
import { clientAddress } from "@vax/auth/client-address";
import { assertSameOrigin } from "@vax/auth/write-request";
import { appUrl } from "@vax/config/app-urls";
import { CodeRequestLimitError, requestOneTimeCode } from "@vax/core";
import { ZRequestOneTimeCodeInput } from "@vax/core/schemas";

// POST /api/v1/one-time-codes – send a sign-in code by SMS to a mobile number
export const POST = async (request: Request) => {
  try {
    // No session yet, but another site's page must not make its visitors' browsers send codes.
    assertSameOrigin(request, appUrl("citizen").origin, "if-sent");
    const { mobile } = await parseBody(request, ZRequestOneTimeCodeInput);
    return Response.json(await requestOneTimeCode({ mobile, ip: clientAddress(request) }), { status: 202 });
  } catch (error) {
    const response = errorResponse(error, request);
    if (error instanceof CodeRequestLimitError) {
      const seconds = Math.max(1, Math.ceil((error.retryAt.getTime() - Date.now()) / 1000));
      response.headers.set("Retry-After", String(seconds));
    }
    return response;
  }
};
