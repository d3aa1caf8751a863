/**
 * `rehearse export-otel <results> [-o traces.json] [--endpoint URL]`: each
 * trial as an OpenTelemetry trace (GenAI semantic conventions) in OTLP/JSON,
 * written to a file and/or POSTed to an OTLP/HTTP endpoint (Jaeger, Phoenix,
 * Langfuse, an OpenTelemetry Collector…).
 */
import { resolve } from 'node:path';
import { readResults } from '../../results/index.js';
import { ConfigurationError } from '../../util/errors.js';
import { parseCommandArgs } from '../args.js';
import type { CliIO } from '../io.js';
import { learnSuiteSecrets } from '../suite-secrets.js';
import { exportTraces, headersOf, tracesDocument, tracesUrl } from '../../pipeline/traces.js';

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
  await learnSuiteSecrets(io, results);
  if (!values.output && !values.endpoint) {
    io.stdout(`${tracesDocument(results, io.redactor)}\n`);
    return 0;
  }
  const lines = await exportTraces(
    results,
    {
      ...(values.output ? { output: resolve(io.cwd, values.output) } : {}),
      ...(values.endpoint
        ? { endpoint: tracesUrl(values.endpoint), headers: headersOf(values.header ?? [], io.env) }
        : {}),
    },
    io.redactor,
  );
  for (const line of lines) io.stdout(`${line}\n`);
  return 0;
}
