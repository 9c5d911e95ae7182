/** Thrown when a response is larger than the caller will read. */
export class TooLargeError extends Error {
  constructor(url: string, maxBytes: number) {
    super(`${url} is larger than ${Math.round(maxBytes / 1024)} KiB, more than this checker reads.`);
    this.name = "TooLargeError";
  }
}

/**
 * Reads a response body as text, refusing it once it passes `maxBytes` (counted after any content encoding is
 * undone), so a hostile or broken server cannot make the page hold or parse more than that.
 */
export const readCapped = async (response: Response, maxBytes: number): Promise<string> => {
  // A declared length is the encoded size, so it can only refuse early; the count below is what decides.
  if (Number(response.headers.get("content-length")) > maxBytes) {
    await response.body?.cancel();
    throw new TooLargeError(response.url, maxBytes);
  }
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new TooLargeError(response.url, maxBytes);
    }
    chunks.push(value);
  }
  return new Blob(chunks).text();
};
