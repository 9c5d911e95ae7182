import type { FieldValues, Resolver, ResolverResult } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { inPageLanguage } from "./translated-resolver";

const element = { name: "mobile" };
// A refusal as zodResolver gives one: a field's error and a nested one in a list of fields.
const refusing: Resolver<FieldValues> = async () =>
  ({
    values: {},
    errors: {
      mobile: { type: "custom", message: "The request has invalid fields", ref: element },
      doses: [{ batch: { type: "custom", message: "Sign in to use this API" } }],
    },
  }) as unknown as ResolverResult<FieldValues>;
const options = { fields: {}, shouldUseNativeValidation: false };

describe("inPageLanguage", () => {
  it("translates every message of a refused form, nested ones too, and leaves the fields' elements as they were", async () => {
    const { errors } = await inPageLanguage(refusing, "hi")({}, undefined, options);

    expect(errors.mobile?.message).toBe("अनुरोध के कुछ क्षेत्र अमान्य हैं");
    expect(errors.mobile?.ref).toBe(element);
    expect((errors.doses as unknown as Array<{ batch: { message: string } }>)[0]?.batch.message).toBe(
      "इस API का उपयोग करने के लिए साइन इन करें",
    );
  });

  it("passes English and an accepted form through as the resolver gave them", async () => {
    const english = await inPageLanguage(refusing, "en")({}, undefined, options);
    expect(english.errors.mobile?.message).toBe("The request has invalid fields");
    const accepting: Resolver<FieldValues> = async (values) => ({ values, errors: {} });
    expect(await inPageLanguage(accepting, "ar")({ a: 1 }, undefined, options)).toEqual({
      values: { a: 1 },
      errors: {},
    });
  });
});
