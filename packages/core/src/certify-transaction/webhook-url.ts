import { env } from "@vax/config/env";
import { AppError } from "../errors";

// The apps always run with NODE_ENV=production; the demo is what tells a trial from a real deployment.
const realDeployment = () => env.NODE_ENV === "production" && !env.VAX_DEMO;

/**
 * Refuses a webhook URL the platform must not post to: in production (outside demo mode) only
 * https, so the transaction's certificates and the signature never cross the network in clear. A
 * URL with a user name or password in it is refused everywhere: the secret belongs in the signature.
 */
export const assertWebhookUrl = (url: string, production = realDeployment()): URL => {
  const parsed = new URL(url);
  if (production && parsed.protocol !== "https:") {
    throw new AppError("VALIDATION_FAILED", "The webhook URL must be https", [
      { path: "url", message: "Use an https:// URL" },
    ]);
  }
  if (parsed.username || parsed.password) {
    throw new AppError("VALIDATION_FAILED", "The webhook URL must not carry a user name or password", [
      { path: "url", message: "Leave the user name and password out of the URL" },
    ]);
  }
  return parsed;
};
