import type { TApiDocument } from "./build-api-document";

type TJson = Record<string, unknown>;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

const schemaBlock = (schema: unknown): string =>
  schema === undefined
    ? ""
    : `<details><summary>Schema</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`;

const contentBlock = (content: unknown): string =>
  Object.entries((content ?? {}) as Record<string, { schema?: unknown }>)
    .map(([mediaType, media]) => `<p><code>${escapeHtml(mediaType)}</code></p>${schemaBlock(media.schema)}`)
    .join("");

const typeOf = (schema: TJson | undefined): string => {
  if (!schema) return "";
  if (typeof schema.$ref === "string") return schema.$ref.split("/").pop() ?? "";
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : String(schema.type ?? "");
  return Array.isArray(schema.enum) ? `${type}: ${schema.enum.join(" | ")}` : type;
};

const parametersTable = (parameters: TJson[] | undefined): string => {
  if (!parameters?.length) return "";
  const rows = parameters
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}</td>` +
        `<td>${p.required ? "yes" : "no"}</td><td>${escapeHtml(typeOf(p.schema as TJson))}</td></tr>`,
    )
    .join("");
  return `<h4>Parameters</h4><table><thead><tr><th>name</th><th>in</th><th>required</th><th>type</th></tr></thead><tbody>${rows}</tbody></table>`;
};

const securityText = (security: unknown): string => {
  const schemes = ((security as TJson[] | undefined) ?? []).flatMap((requirement) => Object.keys(requirement));
  return schemes.length ? schemes.join(" or ") : "none (public)";
};

const operationSection = (path: string, method: string, operation: TJson): string => {
  const responses = Object.entries((operation.responses ?? {}) as Record<string, TJson>)
    .map(
      ([status, response]) =>
        `<li><strong>${status}</strong> ${escapeHtml(String(response.description ?? ""))}${contentBlock(response.content)}</li>`,
    )
    .join("");
  const body = operation.requestBody as TJson | undefined;
  return `<section class="operation" id="${escapeHtml(String(operation.operationId))}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(String(operation.summary ?? ""))}</p>
${operation.description ? `<p>${escapeHtml(String(operation.description))}</p>` : ""}
<p>Authentication: ${escapeHtml(securityText(operation.security))}</p>
${parametersTable(operation.parameters as TJson[] | undefined)}
${body ? `<h4>Request body</h4>${contentBlock(body.content)}` : ""}
<h4>Responses</h4><ul>${responses}</ul>
</section>`;
};

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#111}
code,pre{font-family:ui-monospace,monospace}pre{background:#f4f4f5;padding:.75rem;overflow:auto;font-size:13px}
.operation{border-top:1px solid #ddd;padding:.5rem 0}.method{display:inline-block;min-width:4.5rem;padding:0 .4rem;border-radius:4px;color:#fff;background:#52525b;font-size:13px;text-align:center}
.get{background:#1d4ed8}.post{background:#15803d}.put{background:#b45309}.patch{background:#7c3aed}.delete{background:#b91c1c}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}`;

/** A problem type the app's answers name by a fragment of this page (`#problem-<title>`), and what it means. */
export type TDocumentedProblemType = { title: string; meaning: string };

const problemTypesSection = (problemTypes: TDocumentedProblemType[]): string =>
  problemTypes.length === 0
    ? ""
    : `<h2 id="problem-types">Problem types</h2><dl>${problemTypes
        .map(
          ({ title, meaning }) =>
            `<dt id="problem-${escapeHtml(title)}"><code>${escapeHtml(title)}</code></dt><dd>${escapeHtml(meaning)}</dd>`,
        )
        .join("")}</dl>`;

/**
 * The page at `/api/docs`: the app's OpenAPI document rendered on the server as plain HTML, with
 * no script at all, so it works offline and under the apps' Content-Security-Policy as it is; and
 * the problem types its answers point at, each under its own fragment.
 */
export const renderApiDocsPage = (document: TApiDocument, problemTypes: TDocumentedProblemType[] = []): string => {
  const byTag = new Map<string, string[]>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item as Record<string, TJson>)) {
      const tag = String((operation.tags as string[] | undefined)?.[0] ?? "Other");
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationSection(path, method, operation)]);
    }
  }
  const tags = [...byTag.keys()];
  const schemes = Object.entries((document.components?.securitySchemes ?? {}) as unknown as Record<string, TJson>)
    .map(
      ([name, scheme]) =>
        `<li><strong>${escapeHtml(name)}</strong>: ${escapeHtml(String(scheme.description ?? ""))}</li>`,
    )
    .join("");
  const components = Object.entries(document.components?.schemas ?? {})
    .map(([name, schema]) => `<h3 id="schema-${escapeHtml(name)}">${escapeHtml(name)}</h3>${schemaBlock(schema)}`)
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(document.info.title)}</title><style>${STYLE}</style></head><body>
<h1>${escapeHtml(document.info.title)}</h1><p>${escapeHtml(document.info.description ?? "")}</p>
<p>OpenAPI ${escapeHtml(document.openapi)} document: <a href="/api/openapi.json">/api/openapi.json</a></p>
<h2>Authentication</h2><ul>${schemes}</ul>
<nav><h2>Operations</h2><ul>${tags.map((tag) => `<li><a href="#tag-${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`).join("")}</ul></nav>
${tags.map((tag) => `<h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${(byTag.get(tag) ?? []).join("")}`).join("")}
${problemTypesSection(problemTypes)}
${components ? `<h2>Schemas</h2>${components}` : ""}
</body></html>`;
};
