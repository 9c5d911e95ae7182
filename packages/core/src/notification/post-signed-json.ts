import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { webhookSignature } from "./webhook-signature";

/** Options for {@link postSignedJson}. */
export type PostSignedJsonOptions = {
  url: string;
  /** The HMAC-SHA256 key the body is signed with, sent in X-Vax-Signature. */
  secret: string;
  /** The JSON text to post, signed exactly as sent. */
  body: string;
  timeoutMs: number;
  /** How much of the answer is read, at most; the rest is dropped unread. */
  maxAnswerBytes?: number;
  /** Resolves the host, refusing addresses it must not reach; the system's lookup when left out. */
  lookup?: LookupFunction;
};

/** What the receiver answered: its status and the start of its body, as text. */
export type TSignedPostAnswer = { status: number; ok: boolean; answer: string };

// A receiver's answer is only ever a hint for a person reading why a delivery failed.
const readCapped = async (response: IncomingMessage, maxBytes: number): Promise<string> => {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      chunks.push(chunk.subarray(0, maxBytes - length));
      length += chunk.byteLength;
      if (length >= maxBytes) break;
    }
  } finally {
    response.destroy();
  }
  return Buffer.concat(chunks).toString("utf8");
};

/**
 * Posts a JSON body to a webhook signed with HMAC-SHA256 of the raw body in X-Vax-Signature, so
 * the receiver can tell the platform's requests from anyone else's. The URL is someone else's:
 * a redirect is answered as it is, never followed; the whole exchange has a timeout; only the
 * first bytes of the answer are read; and with `lookup` the host's addresses are checked before
 * connecting (node's own HTTP client, because fetch takes no lookup). A network error, a refused
 * address or the timeout throws.
 */
export const postSignedJson = ({
  url,
  secret,
  body,
  timeoutMs,
  maxAnswerBytes = 1_024,
  lookup,
}: PostSignedJsonOptions): Promise<TSignedPostAnswer> => {
  const target = new URL(url);
  const send = target.protocol === "https:" ? https.request : http.request;
  return new Promise<TSignedPostAnswer>((resolve, reject) => {
    const request = send(
      target,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-vax-signature": webhookSignature(body, secret),
        },
        lookup,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        readCapped(response, maxAnswerBytes).then(
          (answer) => resolve({ status, ok: status >= 200 && status < 300, answer }),
          reject,
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
};
