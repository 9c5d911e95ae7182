/**
 * A JSON response with its length declared. The server gzips a response whose length it does not
 * know, however short; a declared length under 1 KB lets the API's small answers (a revocation's,
 * an error's) go out as they are, which costs a busy server less than compressing each one.
 */
export const jsonResponse = (body: unknown, init: ResponseInit = {}): Response => {
  const text = JSON.stringify(body);
  if (text === undefined) throw new TypeError("The response body is not JSON-serialisable");
  const bytes = new TextEncoder().encode(text);
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json");
  headers.set("content-length", String(bytes.byteLength));
  return new Response(bytes, { ...init, headers });
};
