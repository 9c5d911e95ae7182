import { AppError, RateLimitedError } from "@vax/core";
import type { TErrorBody } from "@vax/core/schemas";
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

  it("writes its messages in the reader's language, from the language cookie or Accept-Language; codes and paths stay", async () => {
    const refusal = () =>
      new AppError("VALIDATION_FAILED", "The request has invalid fields", [
        { path: "mobile", message: "Sign in to use this API" },
      ]);
    const hindi = new Request("http://localhost/api", { headers: { "accept-language": "hi-IN,hi;q=0.9,en;q=0.8" } });
    const arabic = new Request("http://localhost/api", {
      headers: { cookie: "theme=x; lang=ar", "accept-language": "hi" },
    });

    const inHindi = (await errorResponse(refusal(), hindi).json()) as TErrorBody;
    expect(inHindi.error.code).toBe("VALIDATION_FAILED");
    expect(inHindi.error.message).toBe("अनुरोध के कुछ क्षेत्र अमान्य हैं");
    expect(inHindi.error.details[0]).toEqual({ path: "mobile", message: "इस API का उपयोग करने के लिए साइन इन करें" });
    expect(((await errorResponse(refusal(), arabic).json()) as TErrorBody).error.message).toBe(
      "في الطلب حقول غير صالحة",
    );
    // An API client that says nothing of its language reads English, as the API documentation is written.
    expect(
      ((await errorResponse(refusal(), new Request("http://localhost/api")).json()) as TErrorBody).error.message,
    ).toBe("The request has invalid fields");
  });
});
