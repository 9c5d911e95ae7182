import { isIP } from "node:net";
import { env } from "@vax/config/env";
import { AppError } from "../errors";
import { isInternalAddress } from "../notification/public-address-lookup";

/** Whether this is a real deployment: the apps always run with NODE_ENV=production, so the demo is what tells a trial apart. */
export const realDeployment = () => env.NODE_ENV === "production" && !env.VAX_DEMO;

/**
 * Refuses a webhook URL the platform must not post to: in production (outside demo mode) only
 * https, so the transaction's certificates and the signature never cross the network in clear. A
 * URL with a user name or password in it is refused everywhere: the secret belongs in the signature.
 * In production a host written as an internal IP address is refused here too; a name is checked
 * when delivering, on the addresses it resolves to then (connecting to a literal address asks no lookup).
 */
export const assertWebhookUrl = (url: string, production = realDeployment()): URL => {
  const parsed = new URL(url);
  if (production && parsed.protocol !== "https:") {
    throw new AppError("VALIDATION_FAILED", "The webhook URL must be https", [
      { path: "url", message: "Use an https:// URL" },
    ]);
  }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
  if (production && (host === "localhost" || (isIP(host) !== 0 && isInternalAddress(host)))) {
    throw new AppError("VALIDATION_FAILED", "The webhook URL must be a public address", [
      { path: "url", message: "Webhooks may not reach this host or the platform's private networks" },
    ]);
  }
  if (parsed.username || parsed.password) {
    throw new AppError("VALIDATION_FAILED", "The webhook URL must not carry a user name or password", [
      { path: "url", message: "Leave the user name and password out of the URL" },
    ]);
  }
  return parsed;
};
