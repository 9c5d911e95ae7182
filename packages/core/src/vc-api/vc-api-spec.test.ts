import { readJsonVector, vectorTrust } from "@vax/credentials/vectors";
import { verify } from "@vax/credentials/verify";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../errors";
import { ZVcIssueRequest, ZVcStatusRequest, ZVcVerifyRequest } from "../schemas/vc-api";
import { specErrors, specExampleRequests } from "../testing/vcalm-spec";
import { problemOfError } from "./problem-types";
import { vcVerificationResult } from "./verification-result";

const RESULT = "components/VerifyCredentialResult.yml#VerificationResult";
const PROBLEM = "components/ProblemDetails.yml#ProblemDetails";
const everything = { returnResults: true, returnProblemDetails: true, returnCredential: true };
const noStatus = { trust: vectorTrust() };

describe("the VC API specification's examples (w3c/vcalm @ 24d8fc0)", () => {
  it("the harness refuses what breaks the specification's schemas", () => {
    expect(specErrors(RESULT, { verified: "yes" })).not.toEqual([]);
    expect(specErrors(RESULT, { verified: true, checks: [] })).not.toEqual([]);
    expect(specErrors(PROBLEM, { type: 1 })).not.toEqual([]);
  });

  it("the example issue, verify and status requests are read as sent", () => {
    const { issue, verify: verifyRequest, status } = specExampleRequests();
    expect(ZVcIssueRequest.parse(issue)).toEqual(issue);
    expect(ZVcVerifyRequest.parse(verifyRequest)).toEqual(verifyRequest);
    expect(ZVcStatusRequest.parse(status)).toEqual(status);
  });

  it("the example credential (an issuer we do not trust, a suite we do not know) gets a result of the specification's shape saying why", async () => {
    const { verifiableCredential, options } = specExampleRequests().verify;
    const answer = vcVerificationResult(await verify(verifiableCredential, noStatus), verifiableCredential, options);
    expect(specErrors(RESULT, answer)).toEqual([]);
    expect(answer.verified).toBe(false);
    expect(answer.credential).toEqual(verifiableCredential);
    expect(answer.problemDetails?.length).toBeGreaterThan(0);
    for (const problem of answer.problemDetails ?? []) {
      expect(specErrors(PROBLEM, problem)).toEqual([]);
      expect(problem.detail).toMatch(/\w/);
    }
    expect(answer.results?.proof?.[0]).toMatchObject({ verified: false, input: verifiableCredential.proof });
    expect(answer.results?.validFrom).toMatchObject({ input: "2020-03-16T22:37:26.544Z" });
  });

  it("a credential that verifies: verified, no problem, each property's result passed with our checks", async () => {
    const credential = readJsonVector("w3c/eddsa-rdfc-2022/signedDataInt.json");
    const answer = vcVerificationResult(await verify(credential, noStatus), credential, everything);
    expect(specErrors(RESULT, answer)).toEqual([]);
    expect(answer).toMatchObject({ verified: true, problemDetails: [] });
    expect(answer.results?.proof?.[0]?.checks.map((check) => [check.name, check.status])).toEqual([
      ["signature", "passed"],
      ["issuer trusted", "passed"],
      ["key status", "passed"],
    ]);
  });

  it("the same credential altered: CRYPTOGRAPHIC_SECURITY_ERROR naming the signature check", async () => {
    const credential = readJsonVector("w3c/eddsa-rdfc-2022/signedDataInt.json");
    const altered = { ...credential, validFrom: "2001-01-01T00:00:00Z" };
    const answer = vcVerificationResult(await verify(altered, noStatus), altered);
    expect(answer.verified).toBe(false);
    expect(answer.problemDetails).toContainEqual(
      expect.objectContaining({
        type: "https://www.w3.org/TR/vc-data-model#CRYPTOGRAPHIC_SECURITY_ERROR",
        check: "signature",
      }),
    );
    expect(answer.results).toBeUndefined();
  });

  it("refused requests are problem details of the specification's shape; an unknown option is UNKNOWN_OPTION_PROVIDED", () => {
    const unknownOption = ZVcVerifyRequest.safeParse({ verifiableCredential: {}, options: { challenge: "abc" } });
    const problem = problemOfError(unknownOption.error);
    expect(problem).toMatchObject({
      type: "https://www.w3.org/TR/vcalm#UNKNOWN_OPTION_PROVIDED",
      status: 400,
      errors: [expect.objectContaining({ path: "options" })],
    });
    const proofGiven = ZVcIssueRequest.safeParse({
      credential: { ...specExampleRequests().issue.credential, proof: {} },
    });
    expect(problemOfError(proofGiven.error)).toMatchObject({
      title: "VALIDATION_FAILED",
      errors: [{ path: "credential" }],
    });
    const missing = problemOfError(ZVcStatusRequest.safeParse({ credentialId: "X" }).error);
    expect(missing).toMatchObject({ title: "VALIDATION_FAILED", status: 400 });
    const notFound = problemOfError(new AppError("NOT_FOUND", "No certificate X in your tenant"));
    expect(notFound).toMatchObject({ title: "NOT_FOUND", status: 404, detail: "No certificate X in your tenant" });
    for (const body of [problem, missing, notFound, problemOfError(new Error("boom"))]) {
      expect(specErrors(PROBLEM, body)).toEqual([]);
      expect(z.url().safeParse(body.type).success).toBe(true);
    }
  });
});
