import { describe, expect, it } from "vitest";
import { isCurrentPage } from "./current-page";

describe("isCurrentPage", () => {
  it("marks the home link on the home page only", () => {
    expect(isCurrentPage("/", "/")).toBe(true);
    expect(isCurrentPage("/users", "/")).toBe(false);
  });

  it("marks a list on itself and on the records opened from it", () => {
    expect(isCurrentPage("/users", "/users")).toBe(true);
    expect(isCurrentPage("/users/", "/users")).toBe(true);
    expect(isCurrentPage("/users/0193-abc", "/users")).toBe(true);
    expect(isCurrentPage("/users/new", "/users")).toBe(true);
  });

  it("does not mark a link whose path is only a prefix of another word", () => {
    expect(isCurrentPage("/trust-lists", "/trust")).toBe(false);
    expect(isCurrentPage("/certificates", "/certificate")).toBe(false);
  });
});
