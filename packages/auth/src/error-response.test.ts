import { AppError, RateLimitedError } from "@vax/core";
import { Prisma } from "@vax/db";
import { describe, expect, it } from "vitest";
import { errorResponse } from "./error-response";

describe("errorResponse", () => {
  it("answers a rate-limited refusal with 429 and the seconds to wait in Retry-After", async () => {
    const response = errorResponse(new RateLimitedError("Too many", new Date(Date.now() + 29_500)));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(await response.json()).toEqual({ error: { code: "RATE_LIMITED", message: "Too many", details: [] } });
  });

  it("never asks to wait less than a second, nor sends Retry-After with other errors", () => {
    expect(errorResponse(new RateLimitedError("Now", new Date(Date.now() - 5_000))).headers.get("retry-after")).toBe(
      "1",
    );
    const conflict = errorResponse(new AppError("CONFLICT", "Used"));
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get("retry-after")).toBeNull();
  });

  it("answers a database too busy to start a transaction with 503 and Retry-After, not as a failure", async () => {
    const busy = new Prisma.PrismaClientKnownRequestError(
      "Transaction API error: Unable to start a transaction in the given time.",
      {
        code: "P2028",
        clientVersion: Prisma.prismaVersion.client,
      },
    );
    const response = errorResponse(busy);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("UNAVAILABLE");
    const other = new Prisma.PrismaClientKnownRequestError("Unique constraint failed", {
      code: "P2002",
      clientVersion: Prisma.prismaVersion.client,
    });
    expect(errorResponse(other).status).toBe(500);
  });
});
