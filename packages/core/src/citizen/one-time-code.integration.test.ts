import { randomBytes, randomInt } from "node:crypto";
import { requireKeyEncryptionKey } from "@vax/config/env";
import { openSecret } from "@vax/credentials/keys";
import { prisma } from "@vax/db";
import { afterAll, describe, expect, it } from "vitest";
import { rejection } from "../testing/rejection";
import { requestOneTimeCode } from "./request-one-time-code";
import { signInWithOneTimeCode } from "./sign-in-with-one-time-code";

const MINUTE = 60_000;
const freshMobile = () => `9${String(randomInt(0, 1_000_000_000)).padStart(9, "0")}`;
const freshIp = () => `10.${randomBytes(3).join(".")}`;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

// Outside demo mode the code waits sealed beside the message; the test opens it as the sender would.
const codeFromOutbox = async (mobile: string) => {
  const sms = await prisma.notification.findFirstOrThrow({
    where: { to: mobile, channel: "SMS" },
    orderBy: { createdAt: "desc" },
    omit: { secret: false },
  });
  if (!sms.secret) throw new Error(`No code kept with the SMS: ${sms.body}`);
  return openSecret(sms.secret, requireKeyEncryptionKey(), "notification-secret");
};

const wrongCodeFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

afterAll(async () => {
  await prisma.$disconnect();
});

describe("asking for a one-time code", () => {
  it("stores only a keyed hash of the code, expiring in five minutes, and puts the SMS in the outbox", async () => {
    const mobile = freshMobile();
    const now = new Date();
    const sent = await requestOneTimeCode({ mobile, ip: freshIp(), now });
    expect(sent).toEqual({
      sentTo: `+91 ${mobile.slice(0, 5)} ${mobile.slice(5)}`,
      expiresAt: at(now, 5 * MINUTE).toISOString(),
      resendAt: at(now, MINUTE).toISOString(),
    });
    const code = await codeFromOutbox(mobile);
    const stored = await prisma.oneTimeCode.findFirstOrThrow({ where: { mobile }, omit: { codeHash: false } });
    expect(stored.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.codeHash).not.toContain(code);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(5 * MINUTE);
    expect(stored.attempts).toBe(0);
    const sms = await prisma.notification.findFirstOrThrow({ where: { to: mobile } });
    expect(sms).toMatchObject({ channel: "SMS", status: "PENDING", tenantId: null });
    expect(sms.body).toContain("expires in 5 minutes");
  });

  it("takes the number with +91, spaces, dashes or a leading 0 as the same 10-digit number", async () => {
    const mobile = freshMobile();
    const start = new Date();
    await requestOneTimeCode({ mobile: `+91 ${mobile.slice(0, 5)}-${mobile.slice(5)}`, ip: freshIp(), now: start });
    await requestOneTimeCode({ mobile: `0${mobile}`, ip: freshIp(), now: at(start, 2 * MINUTE) });
    expect(await prisma.oneTimeCode.count({ where: { mobile } })).toBe(2);
    expect(await prisma.notification.count({ where: { to: mobile } })).toBe(2);
  });

  it("refuses a number that is not an Indian mobile number and writes nothing", async () => {
    const before = await prisma.oneTimeCode.count();
    for (const mobile of ["12345", "5876543210", "98765432101", "abcdefghij", ""]) {
      await expect(requestOneTimeCode({ mobile, ip: freshIp() })).rejects.toMatchObject({
        issues: [expect.objectContaining({ message: "Enter a 10-digit Indian mobile number, such as 98765 43210" })],
      });
    }
    expect(await prisma.oneTimeCode.count()).toBe(before);
  });

  it("sends one code a minute and five an hour to a number, and says when to try again", async () => {
    const mobile = freshMobile();
    const ip = freshIp();
    const start = new Date();
    await requestOneTimeCode({ mobile, ip, now: start });
    const tooSoon = await rejection(requestOneTimeCode({ mobile, ip, now: at(start, 20_000) }));
    expect(tooSoon.code).toBe("RATE_LIMITED");
    expect(tooSoon.message).toBe(
      "A code was sent to this number a moment ago. You can ask for a new code in 40 seconds.",
    );
    expect(tooSoon).toMatchObject({ retryAt: at(start, MINUTE) });

    for (let minute = 1; minute <= 4; minute++) {
      await requestOneTimeCode({ mobile, ip, now: at(start, minute * MINUTE) });
    }
    const sixth = await rejection(requestOneTimeCode({ mobile, ip, now: at(start, 10 * MINUTE) }));
    expect(sixth.message).toBe(
      "This number has been sent 5 codes in the last hour. You can ask for a new code in 50 minutes.",
    );
    expect(await prisma.oneTimeCode.count({ where: { mobile } })).toBe(5);
    expect(await prisma.notification.count({ where: { to: mobile } })).toBe(5);

    await requestOneTimeCode({ mobile, ip, now: at(start, 61 * MINUTE) });
    expect(await prisma.oneTimeCode.count({ where: { mobile } })).toBe(6);
  });

  it("sends a number at most ten codes in 24 hours, however they are spread over the hours", async () => {
    const mobile = freshMobile();
    const start = new Date();
    for (const minute of [0, 1, 2, 3, 4, 61, 62, 63, 64, 65]) {
      await requestOneTimeCode({ mobile, ip: freshIp(), now: at(start, minute * MINUTE) });
    }
    const eleventh = await rejection(requestOneTimeCode({ mobile, ip: freshIp(), now: at(start, 180 * MINUTE) }));
    expect(eleventh).toMatchObject({ code: "RATE_LIMITED", retryAt: at(start, 24 * 60 * MINUTE) });
    expect(eleventh.message).toBe(
      "This number has been sent 10 codes in the last 24 hours. You can ask for a new code in 21 hours.",
    );
    expect(await prisma.oneTimeCode.count({ where: { mobile } })).toBe(10);
    expect(await prisma.notification.count({ where: { to: mobile } })).toBe(10);
    await requestOneTimeCode({ mobile, ip: freshIp(), now: at(start, 24 * 60 * MINUTE) });
    expect(await prisma.oneTimeCode.count({ where: { mobile } })).toBe(11);
  });

  it("lets only one of two requests at the same moment through", async () => {
    const mobile = freshMobile();
    const results = await Promise.allSettled([
      requestOneTimeCode({ mobile, ip: freshIp() }),
      requestOneTimeCode({ mobile, ip: freshIp() }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.oneTimeCode.count({ where: { mobile } })).toBe(1);
  });

  it("limits how many numbers one address can ask codes for", async () => {
    const ip = freshIp();
    for (let number = 0; number < 30; number++) await requestOneTimeCode({ mobile: freshMobile(), ip });
    const refused = await rejection(requestOneTimeCode({ mobile: freshMobile(), ip }));
    expect(refused.message).toMatch(/^Too many codes were asked for from your network\. You can ask for a new code in/);
  });
});

describe("signing in with a one-time code", () => {
  it("signs in with the right code once; the code cannot be used again", async () => {
    const mobile = freshMobile();
    await requestOneTimeCode({ mobile: `+91${mobile}`, ip: freshIp() });
    const code = await codeFromOutbox(mobile);
    expect(await signInWithOneTimeCode({ mobile: `0${mobile}`, code })).toEqual({ mobile });
    const again = await rejection(signInWithOneTimeCode({ mobile, code }));
    expect(again).toMatchObject({
      code: "UNAUTHENTICATED",
      message: "This code has already been used. Ask for a new code.",
    });
    const stored = await prisma.oneTimeCode.findFirstOrThrow({ where: { mobile } });
    expect(stored.consumedAt).not.toBeNull();
  });

  it("lets only one of two sign-ins racing with the same code through", async () => {
    const mobile = freshMobile();
    await requestOneTimeCode({ mobile, ip: freshIp() });
    const code = await codeFromOutbox(mobile);
    const results = await Promise.allSettled([
      signInWithOneTimeCode({ mobile, code }),
      signInWithOneTimeCode({ mobile, code }),
      signInWithOneTimeCode({ mobile, code }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses an expired code", async () => {
    const mobile = freshMobile();
    const start = new Date();
    await requestOneTimeCode({ mobile, ip: freshIp(), now: start });
    const code = await codeFromOutbox(mobile);
    const late = await rejection(signInWithOneTimeCode({ mobile, code, now: at(start, 5 * MINUTE + 1000) }));
    expect(late.message).toBe("This code has expired. Ask for a new code.");
    expect(await signInWithOneTimeCode({ mobile, code, now: at(start, 5 * MINUTE - 1000) })).toEqual({ mobile });
  });

  it("counts down the tries, locks the code on the 5th wrong one, and a new code works", async () => {
    const mobile = freshMobile();
    const ip = freshIp();
    const start = new Date();
    await requestOneTimeCode({ mobile, ip, now: start });
    const code = await codeFromOutbox(mobile);
    const wrong = wrongCodeFor(code);
    for (const left of [4, 3, 2]) {
      const refused = await rejection(signInWithOneTimeCode({ mobile, code: wrong, now: start }));
      expect(refused.message).toBe(`Wrong code. You have ${left} tries left.`);
    }
    const fourth = await rejection(signInWithOneTimeCode({ mobile, code: wrong, now: start }));
    expect(fourth.message).toBe("Wrong code. You have 1 try left.");
    const fifth = await rejection(signInWithOneTimeCode({ mobile, code: wrong, now: start }));
    expect(fifth.message).toBe(
      "Wrong code. That was the 5th wrong try, so this code no longer works. Ask for a new code.",
    );
    const right = await rejection(signInWithOneTimeCode({ mobile, code, now: start }));
    expect(right.message).toBe("This code no longer works after 5 wrong tries. Ask for a new code.");

    await requestOneTimeCode({ mobile, ip, now: at(start, MINUTE) });
    const fresh = await codeFromOutbox(mobile);
    expect(await signInWithOneTimeCode({ mobile, code: fresh, now: at(start, MINUTE) })).toEqual({ mobile });
  });

  it("never counts more than five tries, however many guesses arrive at once", async () => {
    const mobile = freshMobile();
    await requestOneTimeCode({ mobile, ip: freshIp() });
    const code = await codeFromOutbox(mobile);
    const guesses = Array.from({ length: 12 }, (_, index) => wrongCodeFor(String((Number(code) + index) % 1e6)));
    await Promise.allSettled(guesses.map((guess) => signInWithOneTimeCode({ mobile, code: guess })));
    const stored = await prisma.oneTimeCode.findFirstOrThrow({ where: { mobile } });
    expect(stored.attempts).toBe(5);
    await expect(signInWithOneTimeCode({ mobile, code })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("lets one address try 30 wrong codes an hour across numbers, then refuses even a right code from it", async () => {
    const ip = freshIp();
    const start = new Date();
    for (let number = 0; number < 6; number++) {
      const mobile = freshMobile();
      await requestOneTimeCode({ mobile, ip: freshIp(), now: start });
      const wrong = wrongCodeFor(await codeFromOutbox(mobile));
      for (let tries = 0; tries < 5; tries++) {
        await expect(signInWithOneTimeCode({ mobile, code: wrong, ip, now: start })).rejects.toMatchObject({
          message: expect.stringMatching(/^Wrong code/),
        });
      }
    }
    const mobile = freshMobile();
    await requestOneTimeCode({ mobile, ip: freshIp(), now: start });
    const code = await codeFromOutbox(mobile);
    const refused = await rejection(signInWithOneTimeCode({ mobile, code, ip, now: at(start, MINUTE) }));
    expect(refused).toMatchObject({ code: "RATE_LIMITED", retryAt: at(start, 60 * MINUTE) });
    expect(refused.message).toBe("Too many wrong codes were tried from your network. You can try again in 59 minutes.");
    // The refusal did not use up the code's tries: from another address it works.
    expect(await signInWithOneTimeCode({ mobile, code, ip: freshIp(), now: at(start, MINUTE) })).toEqual({ mobile });
  });

  it("does not count right codes against the address", async () => {
    const ip = freshIp();
    for (let number = 0; number < 32; number++) {
      const mobile = freshMobile();
      await requestOneTimeCode({ mobile, ip: freshIp() });
      expect(await signInWithOneTimeCode({ mobile, code: await codeFromOutbox(mobile), ip })).toEqual({ mobile });
    }
  });

  it("stops an older code working once a newer one is sent", async () => {
    const mobile = freshMobile();
    const ip = freshIp();
    const start = new Date();
    await requestOneTimeCode({ mobile, ip, now: start });
    const first = await codeFromOutbox(mobile);
    await requestOneTimeCode({ mobile, ip, now: at(start, MINUTE) });
    const second = await codeFromOutbox(mobile);
    if (first !== second) {
      await expect(signInWithOneTimeCode({ mobile, code: first, now: at(start, MINUTE) })).rejects.toMatchObject({
        message: expect.stringMatching(/^Wrong code/),
      });
    }
    expect(await signInWithOneTimeCode({ mobile, code: second, now: at(start, MINUTE) })).toEqual({ mobile });
  });

  it("writes code requests and compared codes to the audit log, the number masked and never the code", async () => {
    const mobile = freshMobile();
    const ip = freshIp();
    await requestOneTimeCode({ mobile, ip });
    const code = await codeFromOutbox(mobile);
    await signInWithOneTimeCode({ mobile, code: wrongCodeFor(code), ip }).catch(() => undefined);
    await signInWithOneTimeCode({ mobile, code, ip });
    const stored = await prisma.oneTimeCode.findFirstOrThrow({ where: { mobile } });
    const events = await prisma.auditEvent.findMany({
      where: { entityType: "OneTimeCode", entityId: stored.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const label = `citizen +91 ${mobile.slice(0, 2)}xxx xx${mobile.slice(7)}`;
    expect(
      events.map(({ tenantId, actorType, actorLabel, action, after }) => ({
        tenantId,
        actorType,
        actorLabel,
        action,
        after,
      })),
    ).toEqual([
      { tenantId: null, actorType: "CITIZEN", actorLabel: label, action: "citizen.code-requested", after: { ip } },
      {
        tenantId: null,
        actorType: "CITIZEN",
        actorLabel: label,
        action: "citizen.sign-in-failed",
        after: { ip, reason: "wrong-code", triesLeft: 4 },
      },
      { tenantId: null, actorType: "CITIZEN", actorLabel: label, action: "citizen.signed-in", after: { ip } },
    ]);
    expect(JSON.stringify(events)).not.toContain(code);
    expect(JSON.stringify(events)).not.toContain(mobile);
  });

  it("refuses a number that was never sent a code, and a code that is not six digits", async () => {
    const refused = await rejection(signInWithOneTimeCode({ mobile: freshMobile(), code: "123456" }));
    expect(refused.message).toBe("There is no code waiting for this number. Ask for a new code.");
    await expect(signInWithOneTimeCode({ mobile: freshMobile(), code: "12345" })).rejects.toMatchObject({
      issues: [expect.objectContaining({ message: "Enter the 6-digit code from the SMS" })],
    });
  });
});
