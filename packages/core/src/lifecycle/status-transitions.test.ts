import { describe, expect, it } from "vitest";
import { decideStatusChange, type TStatusChangeKind, type TStatusChangeSubject } from "./status-transitions";

const subject = (status: TStatusChangeSubject["status"]): TStatusChangeSubject => ({
  certificateId: "7K3M-9QPA-2XR5",
  status,
  suspendedUntil: null,
  successorId: status === "SUPERSEDED" ? "8H2N-4QPA-2XR7" : null,
});

const outcome = (kind: TStatusChangeKind, status: TStatusChangeSubject["status"]) => {
  const decided = decideStatusChange(kind, subject(status));
  return "refusal" in decided ? "refused" : decided.to;
};

describe("decideStatusChange", () => {
  it("allows exactly the transitions of the lifecycle", () => {
    const table = (["revoke", "suspend", "reinstate", "lift"] as const).map((kind) => [
      kind,
      (["ACTIVE", "SUSPENDED", "REVOKED", "SUPERSEDED"] as const).map((status) => outcome(kind, status)),
    ]);
    expect(table).toEqual([
      ["revoke", ["REVOKED", "REVOKED", "refused", "refused"]],
      ["suspend", ["SUSPENDED", "refused", "refused", "refused"]],
      ["reinstate", ["refused", "ACTIVE", "refused", "refused"]],
      ["lift", ["refused", "ACTIVE", "refused", "refused"]],
    ]);
  });

  it("sets and clears the right bits", () => {
    expect(decideStatusChange("revoke", subject("SUSPENDED"))).toMatchObject({
      bits: [
        { purpose: "REVOCATION", value: true },
        { purpose: "SUSPENSION", value: false },
      ],
    });
    expect(decideStatusChange("revoke", subject("ACTIVE"))).toMatchObject({
      bits: [{ purpose: "REVOCATION", value: true }],
    });
    const until = new Date("2027-01-31T00:00:00Z");
    expect(decideStatusChange("suspend", subject("ACTIVE"), until)).toMatchObject({
      suspendedUntil: until,
      bits: [{ purpose: "SUSPENSION", value: true }],
    });
    expect(decideStatusChange("lift", subject("SUSPENDED"))).toMatchObject({
      action: "certificate.suspension-ended",
      bits: [{ purpose: "SUSPENSION", value: false }],
    });
  });

  it("names the newer version when refusing a superseded certificate", () => {
    expect(decideStatusChange("suspend", subject("SUPERSEDED"))).toEqual({
      refusal: expect.stringContaining("(8H2N-4QPA-2XR7)"),
    });
  });
});
