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
};

/** What the receiver answered: its status and the start of its body, as text. */
export type TSignedPostAnswer = { status: number; ok: boolean; answer: string };

// A receiver's answer is only ever a hint for a person reading why a delivery failed.
const readCapped = async (response: Response, maxBytes: number): Promise<string> => {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  try {
    while (length < maxBytes) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value.subarray(0, maxBytes - length));
      length += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).toString("utf8");
};

/**
 * Posts a JSON body to a webhook signed with HMAC-SHA256 of the raw body in X-Vax-Signature, so
 * the receiver can tell the platform's requests from anyone else's. The URL is someone else's:
 * a redirect is answered as it is, never followed; the whole exchange has a timeout; and only the
 * first bytes of the answer are read. A network error or the timeout throws.
 */
export const postSignedJson = async ({
  url,
  secret,
  body,
  timeoutMs,
  maxAnswerBytes = 1_024,
}: PostSignedJsonOptions): Promise<TSignedPostAnswer> => {
  const signal = AbortSignal.timeout(timeoutMs);
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-vax-signature": webhookSignature(body, secret) },
    body,
    redirect: "manual",
    signal,
  });
  const answer = await readCapped(response, maxAnswerBytes);
  return { status: response.status, ok: response.status >= 200 && response.status < 300, answer };
};
