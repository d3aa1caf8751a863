/**
 * Sending a run's traces (OTLP/JSON, see report/otlp.ts) to a file and/or an
 * OTLP/HTTP endpoint: `rehearse export-otel` for a stored run, and `rehearse
 * run` and the action themselves (`--otel <file>`, or when the standard
 * OpenTelemetry exporter variables configure an endpoint:
 * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT or OTEL_EXPORTER_OTLP_ENDPOINT, headers
 * from OTEL_EXPORTER_OTLP_HEADERS).
 */
import type { Results } from '../model/results.js';
import { resultsToOtlp } from '../report/otlp.js';
import { ConfigurationError, errorMessage } from '../util/errors.js';
import { Redactor } from '../util/redact.js';
import { writeTextFile } from '../util/write-chunks.js';

/** Reported as the instrumentation scope's version. */
export const REHEARSE_VERSION = '0.1.0';
const EXPORT_TIMEOUT_MS = 30_000;
const ERROR_EXCERPT = 200;

export interface TraceTarget {
  /** Write the OTLP/JSON document here (an absolute path). */
  readonly output?: string;
  /** POST it here (the full traces URL). */
  readonly endpoint?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The header values sent to the endpoint are secrets (an API key, a bearer token): learned by `redactor` (or a
 * redactor of their own), so neither the document nor the endpoint's answer printed back can show them.
 */
function traceRedactor(target: TraceTarget, redactor: Redactor | undefined): Redactor {
  const values = Object.values(target.headers ?? {}).flatMap((value) => [
    value,
    value.replace(/^\s*(bearer|basic|token)\s+/i, ''),
  ]);
  const own = redactor ?? new Redactor();
  own.add(values);
  return own;
}

/**
 * Writes and/or sends the run's traces; returns one line per place they went. Everything that leaves (the file,
 * the request body, an error quoting the endpoint) goes through `redactor` (the secrets of the run and of the
 * environment) and the export's own header values.
 */
export async function exportTraces(results: Results, target: TraceTarget, redactor?: Redactor): Promise<string[]> {
  const secrets = traceRedactor(target, redactor);
  const traces = secrets.redactValue(resultsToOtlp(results, { version: REHEARSE_VERSION }));
  const body = JSON.stringify(traces);
  const spans = traces.resourceSpans.reduce(
    (count, resource) => count + resource.scopeSpans.reduce((n, scope) => n + scope.spans.length, 0),
    0,
  );
  const what = `${results.trials.length} trace(s), ${spans} spans`;
  const lines: string[] = [];
  if (target.output) {
    await writeTextFile(target.output, `${body}\n`);
    lines.push(`Wrote ${what}: ${target.output}`);
  }
  if (target.endpoint) {
    await post(target.endpoint, body, target.headers ?? {}, secrets);
    lines.push(`Sent ${what} to ${target.endpoint}`);
  }
  return lines;
}

/** The document itself, for printing. */
export function tracesDocument(results: Results, redactor: Redactor = new Redactor()): string {
  return JSON.stringify(redactor.redactValue(resultsToOtlp(results, { version: REHEARSE_VERSION })));
}

/**
 * An endpoint without a path gets OTLP/HTTP's traces path, as the OTLP exporters do with OTEL_EXPORTER_OTLP_ENDPOINT.
 */
export function tracesUrl(endpoint: string, shownAs = '--endpoint'): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigurationError(`${shownAs}: not a URL: ${endpoint}`);
  }
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/v1/traces';
  return url.toString();
}

/** `name=value` pairs; `${VAR}` in a value is taken from the environment. */
export function headersOf(pairs: readonly string[], env: Readonly<Record<string, string | undefined>>) {
  const headers: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new ConfigurationError(`--header: expected name=value, got '${pair}'`);
    headers[pair.slice(0, at).trim()] = pair
      .slice(at + 1)
      .replace(/\$\{(\w+)\}/g, (_, name: string) => env[name] ?? '');
  }
  return headers;
}

/**
 * The endpoint the OpenTelemetry exporter variables configure, as the SDKs read them: the traces endpoint as
 * given, else the general one with `/v1/traces` appended; headers as `k=v,k2=v2` (values URL-encoded).
 */
export function envTraceTarget(env: Readonly<Record<string, string | undefined>>): TraceTarget | undefined {
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  const general = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  let endpoint: string | undefined;
  if (traces) endpoint = tracesUrl(traces, 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT');
  else if (general) {
    tracesUrl(general, 'OTEL_EXPORTER_OTLP_ENDPOINT');
    endpoint = `${general.replace(/\/+$/, '')}/v1/traces`;
  }
  if (!endpoint) return undefined;
  const headers: Record<string, string> = {};
  for (const source of [env.OTEL_EXPORTER_OTLP_HEADERS, env.OTEL_EXPORTER_OTLP_TRACES_HEADERS]) {
    for (const pair of (source ?? '').split(',')) {
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      headers[decodeURIComponent(pair.slice(0, at).trim())] = decodeURIComponent(pair.slice(at + 1).trim());
    }
  }
  return { endpoint, headers };
}

async function post(
  url: string,
  body: string,
  headers: Readonly<Record<string, string>>,
  secrets: Redactor,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(EXPORT_TIMEOUT_MS),
    });
  } catch (error) {
    throw new ConfigurationError(secrets.redact(`could not send the traces to ${url}: ${errorMessage(error)}`));
  }
  if (!response.ok) {
    // The receiver's own words, redacted whole before they are cut (a cut key is harder to recognise), so a 401
    // that echoes the request's headers shows no key.
    const text = secrets.redact(await response.text()).slice(0, ERROR_EXCERPT);
    throw new ConfigurationError(secrets.redact(`the OTLP endpoint ${url} answered HTTP ${response.status}: ${text}`));
  }
}
