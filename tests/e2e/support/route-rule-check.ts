import { isReadRoute, type TRoute } from "./route-inventory";
import { sampleNames, type TRouteRule } from "./route-rule-kinds";

const RULES_FILE = "tests/e2e/support/route-rules.ts";

const suggestion = (route: TRoute): string => {
  const samples =
    isReadRoute(route) && route.params.length > 0
      ? `, { params: { ${route.params.map((p) => `${p}: "<sample>"`).join(", ")} } }`
      : "";
  return `"${route.key}": session("<permission>"${samples})`;
};

/**
 * What is wrong between the routes found on disk and the rule table, one sentence each, saying
 * exactly what to add or remove: a route without a rule, a rule without a route, a read whose
 * parameters have no sample, a sample for a parameter the route does not have.
 */
export const ruleTableProblems = (routes: TRoute[], rules: Record<string, TRouteRule>): string[] => {
  const problems: string[] = [];
  const keys = new Set(routes.map((route) => route.key));
  for (const route of routes) {
    const rule = rules[route.key];
    if (!rule) {
      problems.push(
        `${route.file} ${route.method === "PAGE" ? "is a page" : `exports ${route.method}`} with no rule: add ${suggestion(route)} ` +
          `to ${RULES_FILE} (or open(), citizen(), token("<scope>"), as the route is protected).`,
      );
      continue;
    }
    for (const [name, sample] of Object.entries({ ...rule.params })) {
      if (!route.params.includes(name))
        problems.push(`"${route.key}" has no parameter {${name}}: remove it from its rule's params`);
      if (!sampleNames.includes(sample))
        problems.push(`"${route.key}" names an unknown sample "${sample}" for {${name}}`);
    }
    if (!isReadRoute(route)) continue;
    for (const name of route.params) {
      if (!rule.params?.[name]) {
        problems.push(
          `"${route.key}" reads with parameter {${name}} but its rule gives no sample: add params: { ${name}: "<one of ${sampleNames.join(", ")}>" } in ${RULES_FILE}`,
        );
      }
    }
  }
  for (const key of Object.keys(rules)) {
    if (!keys.has(key)) {
      problems.push(
        `The rule "${key}" matches no route on disk (file or method gone or renamed): remove or rename it in ${RULES_FILE}`,
      );
    }
  }
  return problems;
};
