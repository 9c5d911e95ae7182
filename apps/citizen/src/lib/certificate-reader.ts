import "server-only";
import { bearerToken } from "@vax/auth/with-api-client";
import { AppError, authenticateApiClient, type TCertificateReader } from "@vax/core";
import { getCitizen } from "./citizen-session";

/**
 * Who is asking for a certificate: an API client by its bearer token (scope certificate:read),
 * else the signed-in citizen. Neither is a 401, which says nothing about any certificate id.
 */
export const certificateReader = async (request: Request): Promise<TCertificateReader> => {
  if (request.headers.has("authorization")) {
    const token = bearerToken(request);
    if (!token) throw new AppError("UNAUTHENTICATED", "Send the API token as Authorization: Bearer <token>");
    return { type: "API_CLIENT", actor: await authenticateApiClient({ token, scope: "certificate:read" }) };
  }
  const citizen = await getCitizen();
  if (!citizen) throw new AppError("UNAUTHENTICATED", "Sign in with your mobile number, or send an API token");
  return { type: "CITIZEN", mobile: citizen.mobile };
};
