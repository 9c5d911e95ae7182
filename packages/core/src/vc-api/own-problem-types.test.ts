import { describe, expect, it } from "vitest";
import { httpStatusOf } from "../errors";
import { renderApiDocsPage } from "../openapi/render-api-docs-page";
import { OWN_PROBLEM_TYPES } from "./own-problem-types";
import { checkProblemTitle, ownProblemType, problemTypeOf, standardProblemTypes } from "./problem-types";

const document = { openapi: "3.1.0", info: { title: "Verify API", version: "1" }, paths: {} };

describe("our own problem types", () => {
  // Every title an answer can carry: a failed check's, a refusal's, and the two specifications'.
  const titles = [
    ...Object.values(checkProblemTitle),
    ...Object.keys(httpStatusOf),
    ...Object.keys(standardProblemTypes),
  ];

  it("list every title an answer points at us for, and none a specification defines", () => {
    const listed = OWN_PROBLEM_TYPES.map(({ title }) => title);
    for (const title of titles) {
      if (problemTypeOf(title) === ownProblemType(title)) expect(listed).toContain(title);
      else expect(listed).not.toContain(title);
    }
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("each have a fragment of the API docs page, where its type URL points, saying what it means", () => {
    const page = renderApiDocsPage(document as never, OWN_PROBLEM_TYPES);
    for (const { title, meaning } of OWN_PROBLEM_TYPES) {
      expect(ownProblemType(title)).toMatch(new RegExp(`/api/docs#problem-${title}$`));
      expect(page).toContain(
        `<dt id="problem-${title}"><code>${title}</code></dt><dd>${meaning.replace(/'/g, "&#39;")}</dd>`,
      );
    }
  });
});
