/**
 * `npm run bench`: performance as ratios and the gate's statistical figures beside their targets, never as timed
 * unit tests. Runs every part in turn; `npm run bench -- verdict-pipeline peer` runs those parts, `-- --list` lists
 * them with what each measures and how long it takes (bench/README.md says more). `npm run bench -- ab <git ref>`
 * compares this tree with another revision (bench/ab.ts), and nothing else.
 *
 * Ends with each part's wall time, its CPU time and the load average it ran under: on a shared machine a slow part
 * is often a busy machine. Exits non-zero only when a part is broken (it threw); a missed figure is printed as such
 * (✗ or "MISSED", "(over)" beside its target) and is not a failure of the bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { benchAb } from './ab.js';
import { benchMemory } from './memory.js';
import { benchPeer } from './peer.js';
import { benchReplay } from './replay.js';
import { benchRunner } from './runner.js';
import { benchVerdict } from './verdict.js';
import { benchVerdictPipeline } from './verdict-pipeline.js';

interface Part {
  readonly name: string;
  readonly measures: string;
  /** Wall time on the 2-core machine, quiet but for the bench (bench/README.md). */
  readonly takes: string;
  readonly run: () => Promise<unknown> | unknown;
}

// Hook for bench/compare-render.ts (exports benchCompareRender()); loaded by path so this file builds without it.
const compareRender = new URL('./compare-render.ts', import.meta.url);

const PARTS: readonly Part[] = [
  { name: 'runner', measures: 'runner wall time / ideal bound, CPU per trial', takes: '~10 s', run: benchRunner },
  { name: 'peer', measures: 'Rehearse / a plain fetch loop on the same calls', takes: '~25 s', run: benchPeer },
  { name: 'memory', measures: 'peak RSS of 1,000 and 3,000 conversations', takes: '~90 s', run: benchMemory },
  { name: 'replay', measures: 'cassette replay speed-up over recording', takes: '~5 s', run: benchReplay },
  {
    name: 'compare-render',
    measures: 'compare + render of 10,000 tests: time and peak RSS',
    takes: '~50 s',
    run: async () => {
      if (!existsSync(compareRender)) return;
      const module = (await import(compareRender.href)) as { benchCompareRender?: () => Promise<unknown> | unknown };
      await module.benchCompareRender?.();
    },
  },
  { name: 'verdict', measures: "the gate's figures from src/verdict alone (seeded)", takes: '~5 s', run: benchVerdict },
  {
    name: 'verdict-pipeline',
    measures: "the gate's figures through runSuite + evaluateRun on simulated base branches (seeded)",
    takes: '~40 s',
    run: () => benchVerdictPipeline(),
  },
];

const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const load = () => loadavg()[0]!.toFixed(1);

/** The parts named (all when none is), or undefined when there is nothing to run (a list asked for, a bad name). */
function choose(args: readonly string[]): readonly Part[] | undefined {
  if (args.includes('--list') || args.includes('--help')) {
    log(`bench parts (npm run bench -- <part> …; every part when none is named):`);
    for (const part of PARTS) log(`  ${part.name.padEnd(17)} ${part.takes.padStart(6)}  ${part.measures}`);
    log(`(wall times on 2 quiet cores; VERDICT_BENCH_SCALE and VERDICT_BENCH_WORKERS: see bench/README.md)`);
    return undefined;
  }
  const unknown = args.filter((arg) => !PARTS.some((part) => part.name === arg));
  if (unknown.length > 0) {
    process.stderr.write(`no bench part ${unknown.join(', ')}; the parts: ${PARTS.map((p) => p.name).join(', ')}\n`);
    process.exitCode = 2;
    return undefined;
  }
  return args.length === 0 ? PARTS : PARTS.filter((part) => args.includes(part.name));
}

/**
 * CPU time so far, in ms: this process and its threads, plus the child processes it has waited for (the memory and
 * compare-render children, the bench endpoints) where /proc tells (Linux), since those parts spend theirs there.
 */
function cpuMs(): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1000 + childrenCpuMs();
}

/** cutime + cstime of /proc/self/stat (fields 16 and 17, in clock ticks of 1/100 s); 0 where there is no /proc. */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count the fields after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

interface Timing {
  readonly name: string;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly loadBefore: string;
  readonly loadAfter: string;
  readonly error?: string;
}

async function runParts(parts: readonly Part[]): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (const part of parts) {
    const loadBefore = load();
    const cpuBefore = cpuMs();
    const started = performance.now();
    let error: string | undefined;
    try {
      await part.run();
    } catch (thrown) {
      error = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
      log(`${part.name}: ✗ broken: ${error}`);
    }
    timings.push({
      name: part.name,
      wallMs: performance.now() - started,
      cpuMs: cpuMs() - cpuBefore,
      loadBefore,
      loadAfter: load(),
      ...(error !== undefined ? { error } : {}),
    });
  }
  return timings;
}

/** The 5-minute budget of a part (issue 21), so `npm run bench` stays something one runs. */
const PART_BUDGET_MS = 5 * 60_000;

function summary(timings: readonly Timing[], totalMs: number): string[] {
  const lines = [
    `Bench parts on ${availableParallelism()} cores (wall; CPU of the bench, its threads and its child processes; ` +
      `1-min load average at start → end; budget 5 min a part):`,
  ];
  for (const t of timings) {
    const state = t.error !== undefined ? '✗ broken' : t.wallMs > PART_BUDGET_MS ? '✗ over 5 min' : '✓';
    lines.push(
      `  ${t.name.padEnd(17)} ${seconds(t.wallMs).padStart(8)}  CPU ${seconds(t.cpuMs).padStart(8)}  load ` +
        `${t.loadBefore} → ${t.loadAfter}  ${state}`,
    );
  }
  const [one, five, fifteen] = loadavg().map((x) => x.toFixed(1));
  lines.push(`  ${'total'.padEnd(17)} ${seconds(totalMs).padStart(8)}  load average now ${one} / ${five} / ${fifteen}`);
  return lines;
}

const args = process.argv.slice(2);
const parts = args[0] === 'ab' ? undefined : choose(args);
if (args[0] === 'ab') await benchAb(args.slice(1));
else if (parts) {
  const started = performance.now();
  const timings = await runParts(parts);
  for (const line of summary(timings, performance.now() - started)) log(line);
  // A broken part fails the bench; a missed figure does not (it is printed beside its target).
  if (timings.some((t) => t.error !== undefined)) process.exitCode = 1;
}
