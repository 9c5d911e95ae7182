/** The client's address as the proxy in front reports it, for per-address rate limits. */
export const clientAddress = (request: Request): string =>
  request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
