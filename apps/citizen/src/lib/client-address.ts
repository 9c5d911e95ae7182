/** The client's address as the proxy in front reports it, for per-address rate limits. */
export const clientAddress = (request: Request): string =>
  request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";

/** The same address from the plain header object next-auth hands to a sign-in. */
export const clientAddressOfHeaders = (headers: Record<string, unknown> | undefined): string => {
  const forwarded = headers?.["x-forwarded-for"];
  return (typeof forwarded === "string" && forwarded.split(",")[0]?.trim()) || "unknown";
};
