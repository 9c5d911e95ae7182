import { randomInt } from "node:crypto";
import { rawRequest } from "./support/raw-http";
import { expect, test } from "./support/test";
import { urls } from "./support/urls";

// The citizen portal by IPv4 loopback: every 127.x.y.z reaches it, so each test is a client of its own.
const oneTimeCodesUrl = `http://127.0.0.1:${new URL(urls.citizen).port}/api/v1/one-time-codes`;
const loopback = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
const mobile = () => `6${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;

const askForCode = (from: string, claimed: Record<string, string> = {}) =>
  rawRequest({
    url: oneTimeCodesUrl,
    localAddress: from,
    headers: { "content-type": "application/json", ...claimed },
    body: Buffer.from(JSON.stringify({ mobile: mobile() })),
  });

test.describe("per-address limits count the address the connection comes from", () => {
  test("a client that sends a different X-Forwarded-For each time still reaches its one-time-code limit", async () => {
    const client = loopback();
    const answers: number[] = [];
    // Each request for another number, claiming another address in every header a proxy or the
    // apps' own server might use; the portal allows 30 codes an hour per address.
    for (let attempt = 0; attempt < 60 && !answers.includes(429); attempt++) {
      const answer = await askForCode(client, {
        "x-forwarded-for": `203.0.113.${attempt}, 198.51.100.${attempt}`,
        "x-real-ip": `203.0.113.${attempt}`,
        "x-vax-peer-address": `198.51.100.${attempt}`,
      });
      answers.push(answer.status);
      if (answer.status === 429) {
        expect(JSON.parse(answer.body)).toMatchObject({ error: { code: "RATE_LIMITED" } });
        expect(Number(answer.headers["retry-after"])).toBeGreaterThan(0);
      }
    }
    expect(answers.at(-1), `answers: ${answers.join(" ")}`).toBe(429);
    expect(answers.slice(0, -1).every((status) => status === 202)).toBe(true);

    // The limit is that client's: another address is still served, with no header at all.
    expect((await askForCode(loopback())).status).toBe(202);
  });
});
