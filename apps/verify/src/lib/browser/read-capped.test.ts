import { describe, expect, it } from "vitest";
import { readCapped, TooLargeError } from "./read-capped";

// A body that arrives in chunks and declares no length, as a streamed or compressed response does.
const streamed = (chunks: Uint8Array[]): Response => {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[pulled++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
  return new Response(body);
};

describe("readCapped", () => {
  it("reads a body up to the cap whole, across chunks and multi-byte characters", async () => {
    const text = JSON.stringify({ rids: ["éa", "b"] });
    const bytes = new TextEncoder().encode(text);
    const split = bytes.indexOf(0xc3) + 1;
    expect(await readCapped(streamed([bytes.slice(0, split), bytes.slice(split)]), 64)).toBe(text);
    expect(await readCapped(new Response("x".repeat(64)), 64)).toBe("x".repeat(64));
  });

  it("refuses a body that declares more than the cap before reading it", async () => {
    const response = new Response("{}", { headers: { "content-length": "1000000" } });
    await expect(readCapped(response, 1_000)).rejects.toBeInstanceOf(TooLargeError);
  });

  it("refuses a body that declares nothing and streams past the cap, without reading the rest", async () => {
    let served = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        served += 1;
        controller.enqueue(new Uint8Array(1_000));
      },
    });
    await expect(readCapped(new Response(body), 4_500)).rejects.toBeInstanceOf(TooLargeError);
    expect(served).toBeLessThan(8);
  });
});
