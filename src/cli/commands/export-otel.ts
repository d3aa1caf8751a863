/**
 * `rehearse export-otel <results> [-o traces.json] [--endpoint URL]`: each
 * trial as an OpenTelemetry trace (GenAI semantic conventions) in OTLP/JSON,
 * written to a file and/or POSTed to an OTLP/HTTP endpoint (Jaeger, Phoenix,
 * Langfuse, an OpenTelemetry Collector…).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readResults } from '../../results/index.js';
import { resultsToOtlp } from '../../report/otlp.js';
import { ConfigurationError, errorMessage } from '../../util/errors.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';

/** Reported as the instrumentation scope's version. */
const REHEARSE_VERSION = '0.1.0';
const EXPORT_TIMEOUT_MS = 30_000;
const ERROR_EXCERPT = 200;

const USAGE = `Usage: rehearse export-otel <results.json> [options]

Exports each trial as an OpenTelemetry trace following the GenAI semantic
conventions: a conversation span, a "chat <model>" span per LLM call, an
"execute_tool <name>" span per tool call, the messages as span events.

  -o, --output <file>     write the OTLP/JSON document here
      --endpoint <url>    POST it to an OTLP/HTTP endpoint (…/v1/traces is added when the URL has no path)
      --header <k=v>      an extra request header, e.g. an API key (repeatable; values from the env: k=\${VAR})

With neither -o nor --endpoint the document is printed.
`;

export async function exportOtelCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs('export-otel', {
    args: [...args],
    strict: true,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      endpoint: { type: 'string' },
      header: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (positionals.length !== 1)
    throw new ConfigurationError('expected one results file (usage: rehearse export-otel <results.json> [-o file])');
  const results = await readResults(resolve(io.cwd, positionals[0] as string));
  const traces = resultsToOtlp(results, { version: REHEARSE_VERSION });
  const body = JSON.stringify(traces);
  const spans = traces.resourceSpans.reduce(
    (count, resource) => count + resource.scopeSpans.reduce((n, scope) => n + scope.spans.length, 0),
    0,
  );
  if (values.output) {
    const path = resolve(io.cwd, values.output);
    await writeFile(path, `${body}\n`, 'utf8');
    io.stdout(`Wrote ${results.trials.length} trace(s), ${spans} spans: ${path}\n`);
  }
  if (values.endpoint) {
    const url = tracesUrl(values.endpoint);
    await post(url, body, headersOf(values.header ?? [], io.env));
    io.stdout(`Sent ${results.trials.length} trace(s), ${spans} spans to ${url}\n`);
  }
  if (!values.output && !values.endpoint) io.stdout(`${body}\n`);
  return 0;
}

/**
 * An endpoint without a path gets OTLP/HTTP's traces path, as the OTLP exporters do with OTEL_EXPORTER_OTLP_ENDPOINT.
 */
function tracesUrl(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new ConfigurationError(`--endpoint: not a URL: ${endpoint}`);
  }
  if (url.pathname === '/' || url.pathname === '') url.pathname = '/v1/traces';
  return url.toString();
}

function headersOf(pairs: readonly string[], env: CliIO['env']): Record<string, string> {
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

async function post(url: string, body: string, headers: Record<string, string>): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      signal: AbortSignal.timeout(EXPORT_TIMEOUT_MS),
    });
  } catch (error) {
    throw new ConfigurationError(`could not send the traces to ${url}: ${errorMessage(error)}`);
  }
  if (!response.ok) {
    // The header values (API keys) are never echoed: only the status and the receiver's own words.
    const text = (await response.text()).slice(0, ERROR_EXCERPT);
    throw new ConfigurationError(`the OTLP endpoint ${url} answered HTTP ${response.status}: ${text}`);
  }
}
