import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertWebhookUrl } from "../certify-transaction/webhook-url";
import { postSignedJson } from "./post-signed-json";
import { isInternalAddress, publicAddressLookup } from "./public-address-lookup";

describe("webhooks never reach the platform's own network in production", () => {
  const received: string[] = [];
  const server = createServer((request, response) => {
    received.push(request.url ?? "");
    if (request.url !== "/silent") response.end("x".repeat(5_000));
  });
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("tells internal addresses from public ones, IPv4-mapped IPv6 included", () => {
    for (const address of ["127.0.0.1", "10.2.3.4", "172.31.255.1", "192.168.1.9", "169.254.169.254", "100.64.0.1"]) {
      expect(isInternalAddress(address), address).toBe(true);
    }
    for (const address of ["::1", "::", "fd00::1", "fe80::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "not an ip"]) {
      expect(isInternalAddress(address), address).toBe(true);
    }
    for (const address of ["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"]) {
      expect(isInternalAddress(address), address).toBe(false);
    }
  });

  it("refuses a URL naming this host or an internal address when it is saved", () => {
    for (const url of [
      "https://localhost/hook",
      "https://127.0.0.1/hook",
      "https://169.254.169.254/latest/meta-data",
      "https://[::1]/hook",
      "https://[::ffff:10.0.0.1]/hook",
      "https://10.0.0.8:8443/hook",
    ]) {
      expect(() => assertWebhookUrl(url, true), url).toThrow(/public address/);
    }
    expect(assertWebhookUrl("https://93.184.216.34/hook", true).hostname).toBe("93.184.216.34");
    expect(assertWebhookUrl("http://127.0.0.1:9000/hook", false).port).toBe("9000");
  });

  it("checks a name on the addresses it resolves to when delivering, and posts nothing to an internal one", async () => {
    const url = `http://localhost:${port}/hook`;
    await expect(
      postSignedJson({ url, secret: "s", body: "{}", timeoutMs: 5_000, lookup: publicAddressLookup }),
    ).rejects.toMatchObject({ code: "EADDRNOTPUBLIC" });
    expect(received).toEqual([]);
    // Without the check (the demo, the operator's own SMS webhook) the same post goes through, its answer capped.
    const answer = await postSignedJson({ url, secret: "s", body: "{}", timeoutMs: 5_000, maxAnswerBytes: 100 });
    expect(answer).toEqual({ status: 200, ok: true, answer: "x".repeat(100) });
    expect(received).toEqual(["/hook"]);
  });

  it("gives up on a receiver that never answers after the timeout", async () => {
    const started = Date.now();
    await expect(
      postSignedJson({ url: `http://127.0.0.1:${port}/silent`, secret: "s", body: "{}", timeoutMs: 300 }),
    ).rejects.toMatchObject({ name: "AbortError" });
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
