import { describe, expect, it } from "vitest";
import { translateMessage } from "./translate-message";

describe("translateMessage", () => {
  it("translates a fixed message, and leaves English and unknown messages as written", () => {
    expect(translateMessage("The request has invalid fields", "hi")).toBe("अनुरोध के कुछ क्षेत्र अमान्य हैं");
    expect(translateMessage("The request has invalid fields", "en")).toBe("The request has invalid fields");
    expect(translateMessage("A message no catalogue has", "ar")).toBe("A message no catalogue has");
  });

  it("keeps a message's data as it is and translates its worded parts", () => {
    expect(translateMessage("No certificate ABCD-1234 in your tenant", "hi")).toContain("ABCD-1234");
    const wait = translateMessage(
      "A code was sent to this number a moment ago. You can ask for a new code in 40 seconds.",
      "hi",
    );
    expect(wait).toContain("40 सेकंड");
    expect(wait).not.toMatch(/[A-Za-z]/);
    expect(translateMessage("Wrong code. You have 3 tries left.", "ar")).toMatch(/3/);
    expect(translateMessage("Wrong code. You have 3 tries left.", "ar")).not.toMatch(/[A-Za-z]/);
  });
});
