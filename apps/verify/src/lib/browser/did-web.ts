/**
 * The base URL a did:web names (`did:web:localhost%3A3003:tenants:demo` → `…//localhost:3003/tenants/demo`), on the
 * given origin, or undefined when the DID is not a did:web of that origin's host.
 */
export const didWebBaseOnOrigin = (did: string, origin: string): string | undefined => {
  if (!did.startsWith("did:web:")) return undefined;
  const [host = "", ...path] = did.slice("did:web:".length).split(":");
  let decodedHost: string;
  try {
    decodedHost = decodeURIComponent(host);
  } catch {
    return undefined;
  }
  const here = new URL(origin);
  if (decodedHost.toLowerCase() !== here.host.toLowerCase()) return undefined;
  return [here.origin, ...path.map((segment) => encodeURIComponent(decodeURIComponent(segment)))].join("/");
};
