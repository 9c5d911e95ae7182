import { describe, expect, it } from "vitest";
import { refreshDue, type StaleWording, staleKinds, staleWarning } from "./freshness";

const now = new Date("2026-12-06T12:00:00Z");
const iso: StaleWording = {
  expired: (kind, date) => `the ${kind} expired ${date.toISOString()}`,
  list: (parts) => new Intl.ListFormat("en").format(parts),
  warning: (what) => `Out of date: ${what}. Results may be wrong until this device is online and refreshes them.`,
};

describe("what the checker holds, and when it is out of date", () => {
  it("is stale only past its own validUntil; a list that gives none is never called stale", () => {
    const kept = [
      { kind: "trust list" as const, validUntil: new Date("2026-12-06T11:59:59Z") },
      { kind: "rules" as const, validUntil: new Date("2026-12-07T00:00:00Z") },
    ];
    expect(staleKinds(kept, now).map((item) => item.kind)).toEqual(["trust list"]);
    expect(staleKinds([{ kind: "rules" }], now)).toEqual([]);
    expect(staleKinds(kept, new Date("2026-12-08T00:00:00Z")).map((item) => item.kind)).toEqual([
      "trust list",
      "rules",
    ]);
  });

  it("says plainly what expired and when, and nothing when all is current", () => {
    expect(staleWarning([], iso)).toBeUndefined();
    const trust = { kind: "trust list" as const, validUntil: new Date("2026-12-05T00:00:00Z") };
    const rules = { kind: "rules" as const, validUntil: new Date("2026-12-04T00:00:00Z") };
    expect(staleWarning([trust], iso)).toBe(
      "Out of date: the trust list expired 2026-12-05T00:00:00.000Z. Results may be wrong until this device is online and refreshes them.",
    );
    expect(staleWarning([trust, rules], iso)).toMatch(
      /^Out of date: the trust list expired .* and the rules expired 2026-12-04/,
    );
  });

  it("is refreshed in the background every ten minutes, and at once when never refreshed", () => {
    expect(refreshDue(undefined, now)).toBe(true);
    expect(refreshDue(new Date(now.getTime() - 9 * 60_000), now)).toBe(false);
    expect(refreshDue(new Date(now.getTime() - 10 * 60_000), now)).toBe(true);
  });
});
