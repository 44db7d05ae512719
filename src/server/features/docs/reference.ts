/**
 * The API reference page, rendered on the server from the app's own OpenAPI document: plain HTML
 * and one stylesheet, no script, no third-party code (docs/decisions/007-dependencies.md: the
 * Swagger UI package pulled in a telemetry dependency). It works offline and under the strict CSP.
 */

/** The parts of an OpenAPI 3.1 document the page reads; everything else is ignored. */
export type ApiDocument = {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, object | undefined>;
  components?: { schemas?: Record<string, unknown> };
};

type Parameter = { name?: string; in?: string; required?: boolean; description?: string; schema?: unknown };
type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  security?: Array<Record<string, unknown>>;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
};

const methods = ['get', 'post', 'put', 'patch', 'delete'] as const;
/** How deep nested object schemas are expanded; deeper ones show their type only. */
const maxSchemaDepth = 4;

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refName(schema: Record<string, unknown>): string | null {
  const ref = schema.$ref;
  return typeof ref === 'string' ? ref.replace('#/components/schemas/', '') : null;
}

/** A one-line type: `string (date)`, `integer ≥ 1`, `"a" | "b"`, `Region[]`, `object`. */
function typeText(schema: unknown): string {
  if (!isRecord(schema)) return 'any';
  const ref = refName(schema);
  if (ref) return ref;
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema.const);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const parts = schema[key];
    if (Array.isArray(parts)) return parts.map(typeText).join(key === 'allOf' ? ' & ' : ' | ');
  }
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'object');
  if (type === 'array') return `${typeText(schema.items)}[]`;
  const details = [
    typeof schema.format === 'string' ? schema.format : null,
    typeof schema.minimum === 'number' ? `≥ ${schema.minimum}` : null,
    typeof schema.maximum === 'number' ? `≤ ${schema.maximum}` : null,
    typeof schema.maxLength === 'number' ? `up to ${schema.maxLength} characters` : null,
  ].filter((detail) => detail !== null);
  return details.length > 0 ? `${type} (${details.join(', ')})` : type;
}

/** The properties of an object schema (also through an array's items), as a nested list. */
function schemaHtml(schema: unknown, depth = 0): string {
  if (!isRecord(schema) || refName(schema) || depth > maxSchemaDepth) return '';
  const object = schema.type === 'array' && isRecord(schema.items) ? schema.items : schema;
  if (!isRecord(object.properties)) return '';
  const required = new Set(Array.isArray(object.required) ? object.required : []);
  const items = Object.entries(object.properties).map(([name, property]) => {
    const description =
      isRecord(property) && typeof property.description === 'string' ? property.description : '';
    return (
      `<li><code>${escapeHtml(name)}</code>${required.has(name) ? '' : '<span class="optional">?</span>'} ` +
      `<span class="type">${escapeHtml(typeText(property))}</span>` +
      (description ? ` <span class="description">${escapeHtml(description)}</span>` : '') +
      schemaHtml(property, depth + 1) +
      '</li>'
    );
  });
  return `<ul class="schema">${items.join('')}</ul>`;
}

function contentHtml(content: Record<string, { schema?: unknown }> | undefined): string {
  return Object.entries(content ?? {})
    .map(
      ([mediaType, { schema }]) =>
        `<p class="media">${escapeHtml(mediaType)}: <span class="type">${escapeHtml(typeText(schema))}</span></p>` +
        schemaHtml(schema),
    )
    .join('');
}

/** The anchor of one operation, stable across renders: `get-api-regions-code`. */
export function operationId(method: string, path: string): string {
  return `${method}-${path}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/-+$/, '');
}

function operationHtml(method: string, path: string, operation: Operation): string {
  const access =
    operation.security === undefined
      ? ''
      : operation.security.length === 0 || operation.security.some((entry) => Object.keys(entry).length === 0)
        ? '<p class="access">No sign-in needed.</p>'
        : `<p class="access">Sign-in: ${escapeHtml(operation.security.flatMap((entry) => Object.keys(entry)).join(' or '))}</p>`;
  const parameters = (operation.parameters ?? []).map(
    (parameter) =>
      `<tr><td><code>${escapeHtml(parameter.name ?? '')}</code>${parameter.required ? '' : '<span class="optional">?</span>'}</td>` +
      `<td>${escapeHtml(parameter.in ?? '')}</td><td class="type">${escapeHtml(typeText(parameter.schema))}</td>` +
      `<td>${escapeHtml(parameter.description ?? '')}</td></tr>`,
  );
  const responses = Object.entries(operation.responses ?? {}).map(
    ([status, response]) =>
      `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(response.description ?? '')}${contentHtml(response.content)}</li>`,
  );
  return [
    `<details class="operation" id="${operationId(method, path)}">`,
    `<summary><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code> `,
    `<span class="summary">${escapeHtml(operation.summary ?? '')}</span></summary>`,
    operation.description ? `<p>${escapeHtml(operation.description)}</p>` : '',
    access,
    parameters.length > 0
      ? `<h4>Parameters</h4><table><thead><tr><th>name</th><th>in</th><th>type</th><th>description</th></tr></thead><tbody>${parameters.join('')}</tbody></table>`
      : '',
    operation.requestBody
      ? `<h4>Request body${operation.requestBody.required ? '' : ' (optional)'}</h4>${contentHtml(operation.requestBody.content)}`
      : '',
    responses.length > 0 ? `<h4>Responses</h4><ul class="responses">${responses.join('')}</ul>` : '',
    '</details>',
  ].join('');
}

/** The whole reference page: operations grouped by tag (or by the path's first segment). */
export function renderReference(document: ApiDocument): string {
  const groups = new Map<string, string[]>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of methods) {
      const operation = isRecord(item) ? item[method] : undefined;
      if (!isRecord(operation)) continue;
      const typed = operation as Operation;
      const group = typed.tags?.[0] ?? path.split('/')[2] ?? 'other';
      groups.set(group, [...(groups.get(group) ?? []), operationHtml(method, path, typed)]);
    }
  }
  const names = [...groups.keys()].sort();
  const schemas = Object.entries(document.components?.schemas ?? {}).map(
    ([name, schema]) =>
      `<section class="component" id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3>` +
      `<p class="type">${escapeHtml(typeText({ ...(isRecord(schema) ? schema : {}), $ref: undefined }))}</p>${schemaHtml(schema)}</section>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} reference</title>
<link rel="stylesheet" href="/api/docs/assets/reference.css">
</head>
<body>
<header>
<h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
${document.info.description ? `<p>${escapeHtml(document.info.description)}</p>` : ''}
<p>The machine-readable contract: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<nav><ul>${names.map((name) => `<li><a href="#group-${escapeHtml(name)}">${escapeHtml(name)}</a></li>`).join('')}</ul></nav>
</header>
<main>
${names.map((name) => `<section id="group-${escapeHtml(name)}"><h2>${escapeHtml(name)}</h2>${(groups.get(name) ?? []).join('\n')}</section>`).join('\n')}
${schemas.length > 0 ? `<section id="schemas"><h2>Schemas</h2>${schemas.join('\n')}</section>` : ''}
</main>
</body>
</html>
`;
}

/** The page's only stylesheet, served from /api/docs/assets/reference.css. */
export const referenceCss = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 2rem;color:#1a1b1e}
h1 small{font-size:.6em;color:#666}nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}
h2{border-bottom:1px solid #ddd;margin-top:2rem}code{font-family:ui-monospace,monospace}
details.operation{border:1px solid #ddd;border-radius:6px;margin:.5rem 0;padding:.25rem .75rem}
details.operation>summary{cursor:pointer}.summary{color:#444}
.method{display:inline-block;min-width:4.5rem;font-weight:600;font-family:ui-monospace,monospace}
.get{color:#1864ab}.post{color:#2b8a3e}.put,.patch{color:#e67700}.delete{color:#c92a2a}
.type{font-family:ui-monospace,monospace;color:#5f3dc4}.optional{color:#888}.description{color:#444}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}
ul.schema{margin:.25rem 0;padding-left:1.25rem}.access{color:#444;font-style:italic}
`;
