/**
 * Validates requests and responses against GitHub's official OpenAPI
 * description (`@octokit/openapi`), so the fake GitHub server can neither
 * accept a call the real API would reject nor answer with a shape the real
 * API never returns.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: Json;
}

interface Operation {
  operationId: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Json }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Json }> }>;
}

interface Route {
  readonly template: string;
  readonly method: string;
  readonly pattern: RegExp;
  readonly names: string[];
  readonly operation: Operation;
}

const SCHEMA_ID = 'github-openapi';

let shared: OpenApiValidator | undefined;

/** One validator per process: the description is 13 MB. */
export function githubOpenApi(): OpenApiValidator {
  shared ??= new OpenApiValidator();
  return shared;
}

export class OpenApiValidator {
  private readonly doc: { paths: Record<string, Record<string, Operation>>; components: Json };
  private readonly ajv: Ajv;
  private readonly routes: Route[];
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly compiledValues = new WeakMap<Json, ValidateFunction>();

  constructor() {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    this.doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApiValidator['doc'];
    allowNullInNullableEnums(this.doc);
    // OpenAPI 3.0 keywords (`nullable`, `example`, `x-*`) are not JSON Schema: strict mode off, formats not enforced.
    this.ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true, validateSchema: false });
    this.ajv.addSchema({ $id: SCHEMA_ID, components: this.doc.components, paths: this.doc.paths } as Json);
    this.routes = Object.entries(this.doc.paths).flatMap(([template, item]) =>
      Object.entries(item)
        .filter(([method]) => ['get', 'post', 'patch', 'put', 'delete'].includes(method))
        .map(([method, operation]) => routeOf(template, method, operation)),
    );
    // Literal segments first, so `/runs/{run_id}/artifacts` beats a template with more parameters.
    this.routes.sort((a, b) => a.names.length - b.names.length);
  }

  /** The operation id (e.g. `issues/create-comment`) of a request, or undefined when GitHub has no such endpoint. */
  operationOf(method: string, pathname: string): string | undefined {
    return this.match(method, pathname)?.route.operation.operationId;
  }

  /** Problems with a request, empty when GitHub would accept its shape. */
  validateRequest(method: string, url: URL, body: unknown): string[] {
    const found = this.match(method, url.pathname);
    if (!found) return [`${method} ${url.pathname}: no such endpoint in GitHub's OpenAPI description`];
    const { route, params } = found;
    const where = `${method} ${route.template}`;
    const problems: string[] = [];
    const parameters = (route.operation.parameters ?? []).map((p) => this.deref<Parameter>(p));
    for (const parameter of parameters.filter((p) => p.in === 'path')) {
      problems.push(
        ...this.checkValue(`${where} path parameter ${parameter.name}`, parameter.schema, params[parameter.name]),
      );
    }
    const query = parameters.filter((p) => p.in === 'query');
    for (const [name, value] of url.searchParams) {
      const parameter = query.find((p) => p.name === name);
      if (!parameter) problems.push(`${where}: unknown query parameter '${name}'`);
      else problems.push(...this.checkValue(`${where} query parameter ${name}`, parameter.schema, value));
    }
    for (const parameter of query.filter((p) => p.required && !url.searchParams.has(p.name)))
      problems.push(`${where}: missing query parameter '${parameter.name}'`);
    const requestBody = route.operation.requestBody;
    if (requestBody) {
      if (body === undefined && requestBody.required) problems.push(`${where}: missing request body`);
      if (body !== undefined)
        problems.push(
          ...this.check(
            `${where} request body`,
            this.pointer(route, 'requestBody', 'content', 'application/json', 'schema'),
            body,
          ),
        );
    } else if (body !== undefined) problems.push(`${where}: takes no request body`);
    return problems;
  }

  /**
   * Problems with a response the fake is about to send, empty when it matches the documented schema for that status.
   */
  validateResponse(method: string, pathname: string, status: number, body: unknown): string[] {
    const found = this.match(method, pathname);
    if (!found) return [`${method} ${pathname}: no such endpoint`];
    const { route } = found;
    const documented = route.operation.responses[String(status)];
    if (!documented) return [`${method} ${route.template}: status ${status} is not documented`];
    const response = this.deref<{ content?: Record<string, { schema?: Json }> }>(documented);
    const schema = response.content?.['application/json']?.schema;
    if (!schema) return body === undefined ? [] : [`${method} ${route.template} ${status}: documented without a body`];
    const base = documented.$ref ? refPointer(documented.$ref) : this.pointer(route, 'responses', String(status));
    return this.check(
      `${method} ${route.template} ${status} response`,
      `${base}/content/application~1json/schema`,
      body,
    );
  }

  /** Validates a value against a schema of the description, e.g. `#/components/schemas/basic-error`. */
  validateSchemaRef(ref: string, value: unknown): string[] {
    return this.check(ref, refPointer(ref), value);
  }

  private match(method: string, pathname: string): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method.toLowerCase()) continue;
      const found = route.pattern.exec(pathname);
      if (found)
        return {
          route,
          params: Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')])),
        };
    }
    return undefined;
  }

  private deref<T>(value: T | { $ref: string }): T {
    let current: unknown = value;
    while (current && typeof current === 'object' && '$ref' in current && typeof current.$ref === 'string') {
      const parts = current.$ref.replace(/^#\//, '').split('/');
      current = parts.reduce<unknown>(
        (node, part) => (node as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')],
        this.doc,
      );
    }
    return current as T;
  }

  private pointer(route: Route, ...parts: string[]): string {
    const escape = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');
    return `${SCHEMA_ID}#/paths/${[route.template, route.method, ...parts].map(escape).join('/')}`;
  }

  private check(what: string, ref: string, value: unknown): string[] {
    let validate = this.compiled.get(ref);
    if (!validate) {
      validate = this.ajv.compile({ $ref: ref });
      this.compiled.set(ref, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `${what}: ${e.instancePath || '(root)'} ${e.message ?? 'invalid'}`);
  }

  /** Path and query values are strings on the wire; coerce them to the schema's type first. */
  private checkValue(what: string, schema: Json, raw: string | undefined): string[] {
    if (raw === undefined) return [`${what}: missing`];
    const type = schema['type'];
    const value =
      type === 'integer' || type === 'number'
        ? Number(raw)
        : type === 'boolean'
          ? raw === 'true'
            ? true
            : raw === 'false'
              ? false
              : raw
          : raw;
    let validate = this.compiledValues.get(schema);
    if (!validate) {
      validate = this.ajv.compile(schema);
      this.compiledValues.set(schema, validate);
    }
    return validate(value) ? [] : [`${what}: '${raw}' ${validate.errors?.[0]?.message ?? 'invalid'}`];
  }
}

/**
 * OpenAPI 3.0 `nullable: true` next to an `enum` means null is allowed too
 * (GitHub returns `conclusion: null` for a running check); Ajv only accepts
 * null when the enum lists it.
 */
function allowNullInNullableEnums(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) allowNullInNullableEnums(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  if (schema['nullable'] === true && Array.isArray(schema['enum']) && !schema['enum'].includes(null))
    schema['enum'] = [...schema['enum'], null];
  for (const value of Object.values(schema)) allowNullInNullableEnums(value);
}

function routeOf(template: string, method: string, operation: Operation): Route {
  const names: string[] = [];
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { template, method, pattern: new RegExp(`^${source}$`), names, operation };
}

function refPointer(ref: string): string {
  return `${SCHEMA_ID}${ref}`;
}

/** A deep copy of one of GitHub's own response examples (`components.examples`), as the fake's template. */
export function githubExample<T = Json>(name: string): T {
  const validator = githubOpenApi() as unknown as {
    doc: { components: { examples: Record<string, { value: unknown }> } };
  };
  const example = validator.doc.components.examples[name];
  if (!example) throw new Error(`no example '${name}' in GitHub's OpenAPI description`);
  return structuredClone(example.value) as T;
}

/** Error answers GitHub does not document per endpoint still have GitHub's error shape. */
export function validateBasicError(body: unknown): string[] {
  return githubOpenApi().validateSchemaRef('#/components/schemas/basic-error', body);
}
