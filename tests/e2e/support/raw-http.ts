import http from "node:http";

/** What a raw HTTP call came back with. */
export type TRawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A request sent byte for byte as given, which Playwright's request API cannot do. */
export type TRawRequest = {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  /** One buffer is sent with its Content-Length; several go chunked, with none. */
  body?: Buffer | Buffer[];
  /** The address the connection comes from: any 127.x.y.z reaches the apps, each a client of its own. */
  localAddress?: string;
};

/**
 * Sends one HTTP request over a fresh connection. A chunked body has no Content-Length at all, as
 * a client streaming an upload sends it; the server may answer before it has all of it.
 */
export const rawRequest = ({ url, method = "POST", headers = {}, body, localAddress }: TRawRequest) =>
  new Promise<TRawResponse>((resolve, reject) => {
    const chunked = Array.isArray(body);
    const request = http.request(url, {
      method,
      localAddress,
      agent: false,
      headers: {
        ...headers,
        ...(body && !chunked ? { "content-length": String(body.length) } : {}),
        ...(chunked ? { "transfer-encoding": "chunked" } : {}),
      },
    });
    request.on("response", (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString(),
        }),
      );
    });
    request.on("error", reject);
    for (const chunk of chunked ? body : body ? [body] : []) request.write(chunk);
    request.end();
  });
