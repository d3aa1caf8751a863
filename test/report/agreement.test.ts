/**
 * One truth in every output: for every golden fixture, every output is rendered and read back, and each must say
 * the same about each test — the one section it is listed in, its counts before and after confirmation, and the
 * trials it ran. What each output says is parsed from its own text (markdown headings and list items, console lines,
 * HTML attributes, JUnit properties, CSV cells, the comparison JSON), never compared with a golden.
 */
import { describe, expect, it } from 'vitest';
import { comparisonJson, placeTests, SECTION_TITLES, SECTIONS, type Section } from '../../src/compare/index.js';
import type { TestSummary } from '../../src/model/results.js';
import {
  renderCheckRun,
  renderComment,
  renderCsv,
  renderHtml,
  renderJobSummary,
  renderJUnit,
  renderMarkdownReport,
  type ReportInput,
} from '../../src/report/index.js';
import { formatComparisonSummary, formatTestTable } from '../../src/report/console-summary.js';
import { escapeHtml } from '../../src/report/escape.js';
import { FIXTURE_SETS } from './fixture-sets.js';
import { reportInput } from './helpers.js';

interface Said {
  readonly section: Section;
  /** "passes/trials" before confirmation and after it, and trials run, when the output states them. */
  readonly planned?: string;
  readonly all?: string;
  readonly trials?: number;
}

const TITLE_TO_SECTION = new Map(SECTIONS.map((section) => [SECTION_TITLES[section], section]));

/** Every listing of a test in a markdown report: `### <icon> <Title> (n)` (or the flaky <details>), then its keys. */
function fromMarkdown(text: string): Map<string, Said[]> {
  const said = new Map<string, Said[]>();
  // Segments start at a heading or a collapsed block; the pass-rate table and the totals list no section.
  const segments = text.split(/\n(?=### |<details><summary>(?!Transcript))/);
  for (const segment of segments) {
    const title = /^(?:### |<details><summary>)(?:[^\w\s]\S* )?(.+?) \(\d[\d,]*\)/.exec(segment)?.[1];
    const section = title === undefined ? undefined : TITLE_TO_SECTION.get(title);
    if (!section) continue;
    const keys = [...segment.matchAll(/^(?:#### |- |\| )`([^`]+)`(.*)$/gm)];
    for (const [line, key, rest] of keys) {
      // The line after a #### heading (and its blank line) carries the numbers.
      const numbers = line.startsWith('#### ') ? (segment.slice(segment.indexOf(line)).split('\n')[2] ?? '') : rest!;
      const now = /→ (\d+)\/(\d+) now(?:, (\d+)\/(\d+) after confirmation)?/.exec(numbers);
      const entry: Said = {
        section,
        ...(now ? { planned: `${now[1]}/${now[2]}` } : {}),
        ...(now?.[3] ? { all: `${now[3]}/${now[4]}` } : {}),
      };
      said.set(key!, [...(said.get(key!) ?? []), entry]);
    }
  }
  return said;
}

/** The console's comparison summary: "  <Title> (n):" then "    <key>  <text>". */
function fromConsole(lines: readonly string[]): Map<string, Said[]> {
  const said = new Map<string, Said[]>();
  let section: Section | undefined;
  for (const line of lines) {
    const heading = /^ {2}(.+) \(\d+\):$/.exec(line);
    if (heading) {
      section = TITLE_TO_SECTION.get(heading[1]!);
      continue;
    }
    const item = /^ {4}(\S+) {2,}(.*)$/.exec(line);
    if (item && section) {
      const now = /→ (\d+)\/(\d+) now(?:, (\d+)\/(\d+) after confirmation)?/.exec(item[2]!);
      const entry: Said = {
        section,
        ...(now ? { planned: `${now[1]}/${now[2]}` } : {}),
        ...(now?.[3] ? { all: `${now[3]}/${now[4]}` } : {}),
      };
      said.set(item[1]!, [...(said.get(item[1]!) ?? []), entry]);
    }
  }
  return said;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

const unescape = (text: string): string =>
  text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/** HTML: each article's data-section and counts, and the sections overview's links. */
function fromHtml(html: string): { articles: Map<string, Said>; overview: Map<string, Section[]> } {
  const articles = new Map<string, Said>();
  for (const [tag] of html.matchAll(/<article class="test[^>]*>/g)) {
    const key = unescape(attribute(tag, 'id')!);
    const section = (attribute(tag, 'data-section') || 'skipped') as Section;
    const trials = attribute(tag, 'data-trials');
    articles.set(key, {
      section,
      ...(attribute(tag, 'data-planned') ? { planned: attribute(tag, 'data-planned')! } : {}),
      ...(attribute(tag, 'data-all') ? { all: attribute(tag, 'data-all')! } : {}),
      ...(trials ? { trials: Number(trials) } : {}),
    });
  }
  const overview = new Map<string, Section[]>();
  for (const [, section, body] of html.matchAll(/<div class="section" data-section="([^"]+)">(.*?)<\/div>/gs)) {
    for (const [, key] of body!.matchAll(/<li>(?:<a href="#[^"]*">|<code>)([^<]+)</g)) {
      const k = unescape(key!);
      overview.set(k, [...(overview.get(k) ?? []), section as Section]);
    }
  }
  return { articles, overview };
}

/** JUnit: each testcase's section, planned/all counts and trials run, from its properties. */
function fromJUnit(xml: string, tests: readonly TestSummary[]): Map<string, Said> {
  const said = new Map<string, Said>();
  for (const [testcase] of xml.matchAll(/<testcase [\s\S]*?<\/testcase>/g)) {
    const classname = attribute(testcase, 'classname')!;
    const name = unescape(attribute(testcase, 'name')!);
    const variant = classname.slice(classname.lastIndexOf('.') + 1);
    const key = `${name}@${variant}`;
    const property = (p: string) =>
      new RegExp(`<property name="${p}" value="([^"]*)"/>`).exec(testcase)?.[1] ?? undefined;
    const section = (property('section') ?? (testcase.includes('<skipped') ? 'skipped' : undefined)) as Section;
    if (!tests.some((test) => test.key === key) && section !== 'skipped') continue;
    said.set(key, {
      section,
      ...(property('planned') ? { planned: property('planned')! } : {}),
      ...(property('all') ? { all: property('all')! } : {}),
      ...(property('trialsRun') ? { trials: Number(property('trialsRun')) } : {}),
    });
  }
  return said;
}

/** CSV: section and counts per row (a simple split: the fixtures' cells hold no commas in these columns). */
function fromCsv(csv: string): Map<string, Said> {
  const [head, ...rows] = csv.trimEnd().split('\r\n');
  const header = head!.split(',');
  const said = new Map<string, Said>();
  for (const row of rows) {
    // Quoted cells (names with commas) come before the columns read here only through `name`: parse properly.
    const cells = [...row.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)].map((m) => m[1]!).slice(0, header.length);
    const cell = (column: string) => cells[header.indexOf(column)] ?? '';
    const section = cell('section') as Section;
    const entry: Said =
      section === 'skipped'
        ? { section }
        : {
            section,
            planned: `${cell('plannedPasses')}/${cell('plannedTrials')}`,
            all: `${cell('passes')}/${Number(cell('passes')) + Number(cell('failures'))}`,
            trials: Number(cell('trials')),
          };
    said.set(cell('key'), entry);
  }
  return said;
}

function expected(input: ReportInput) {
  const sections = placeTests(input);
  return sections.placements.map((placement) => ({
    key: placement.key,
    section: placement.section,
    planned: placement.counts && `${placement.counts.planned.passes}/${placement.counts.planned.trials}`,
    all: placement.counts && `${placement.counts.all.passes}/${placement.counts.all.trials}`,
    trials: placement.counts?.trials,
    extra: placement.counts?.extraTrials ?? 0,
  }));
}

/** Listed once, in its section; the numbers it states are the test's. */
function expectListed(output: string, said: Map<string, Said[]>, input: ReportInput): void {
  for (const truth of expected(input)) {
    const listings = said.get(truth.key) ?? [];
    if (truth.section === 'passing') {
      expect(listings, `${output}: ${truth.key} is passing and unchanged, listed nowhere`).toEqual([]);
      continue;
    }
    expect(
      listings.map((l) => l.section),
      `${output}: ${truth.key} listed exactly once, under ${truth.section}`,
    ).toEqual([truth.section]);
    const listing = listings[0]!;
    if (listing.planned !== undefined) expect(listing.planned, `${output}: ${truth.key} planned`).toBe(truth.planned);
    if (listing.all !== undefined) {
      expect(truth.extra, `${output}: ${truth.key} says "after confirmation" only with extra trials`).toBeGreaterThan(
        0,
      );
      expect(listing.all, `${output}: ${truth.key} after confirmation`).toBe(truth.all);
    }
  }
}

function expectEach(output: string, said: Map<string, Said>, input: ReportInput): void {
  for (const truth of expected(input)) {
    if (truth.section === 'removed') continue; // not a test of this run: only the reports that compare list it
    const entry = said.get(truth.key);
    expect(entry?.section, `${output}: ${truth.key} section`).toBe(truth.section);
    if (truth.section === 'skipped') continue;
    expect(entry?.planned, `${output}: ${truth.key} planned`).toBe(truth.planned);
    expect(entry?.all, `${output}: ${truth.key} after confirmation`).toBe(truth.all);
    expect(entry?.trials, `${output}: ${truth.key} trials run`).toBe(truth.trials);
  }
}

describe('every output tells the same story about every test', () => {
  for (const [name, build] of Object.entries(FIXTURE_SETS)) {
    describe(name, () => {
      const input = reportInput(build());
      const comparisons = { previous: input.previous, variants: input.variants };

      it('the markdown outputs (PR comment, check run summary, job summary, markdown report)', () => {
        const texts = {
          comment: renderComment(input).text,
          'check run': renderCheckRun(input).summary,
          'job summary': renderJobSummary(input).text,
          'markdown report': renderMarkdownReport(input),
        };
        for (const [output, text] of Object.entries(texts)) expectListed(output, fromMarkdown(text), input);
      });

      it('the console: the comparison summary and the tests table', () => {
        const said = fromConsole(formatComparisonSummary(input));
        // The console lists skipped tests apart, with their reason (formatSkipped).
        const listed = new Map([...said].filter(([key]) => !input.results.skipped.some((s) => s.key === key)));
        const withoutSkipped = {
          ...input,
          results: { ...input.results, skipped: [] },
        };
        expectListed('console', listed, withoutSkipped);
        const table = formatTestTable(input.results);
        for (const test of input.results.tests) {
          const row = table.find((line) => line.includes(` ${test.testId} `) && line.includes(` ${test.variant} `));
          expect(row, `console table: ${test.key}`).toContain(` ${test.passes}/${test.trials} `);
        }
      });

      it('the HTML report: articles, the sections overview, and the verdict first', () => {
        const html = renderHtml(input.results, { ...comparisons, gate: input.gate });
        const { articles, overview } = fromHtml(html);
        expectEach('HTML article', articles, input);
        const listed = new Map([...overview].map(([key, sections]) => [key, sections.map((section) => ({ section }))]));
        expectListed('HTML overview', listed, input);
        // It opens with the gate's verdict and its reasons, before any test.
        const verdict = html.indexOf('<section id="verdict"');
        expect(verdict).toBeGreaterThan(0);
        expect(verdict).toBeLessThan(html.indexOf('<section class="cards"'));
        expect(html.slice(verdict)).toContain(input.gate.passed ? 'Gate passed' : 'Gate failed');
        // As HTML text: a quoted error's double quotes are entities there.
        for (const reason of input.gate.reasons) expect(html.slice(verdict)).toContain(escapeHtml(reason));
      });

      it('JUnit', () => {
        expectEach('JUnit', fromJUnit(renderJUnit(input.results, comparisons), input.results.tests), input);
      });

      it('CSV', () => {
        expectEach('CSV', fromCsv(renderCsv(input.results, comparisons)), input);
      });

      if (input.previous) {
        const previous = input.previous;
        it('rehearse compare --format json', () => {
          const json = JSON.parse(comparisonJson(previous, input.variants));
          const bySection = new Map<string, string[]>();
          for (const [section, keys] of Object.entries(json.sections as Record<string, string[]>))
            for (const key of keys) bySection.set(key, [...(bySection.get(key) ?? []), section]);
          for (const truth of expected(input)) {
            if (truth.section === 'skipped') continue; // a comparison knows only the tests that ran
            expect(bySection.get(truth.key), `compare json: ${truth.key}`).toEqual([truth.section]);
          }
          const lists = ['regressions', 'suspected', 'notConfirmed', 'fixes', 'changed', 'flaky', 'new', 'invalid'];
          for (const payload of [json, json.variants].filter(Boolean))
            for (const list of lists)
              for (const change of payload[list] as { key: string; section?: string }[])
                expect(change.section, `compare json ${list}: ${change.key}`).toBe(bySection.get(change.key)?.[0]);
        });
      }
    });
  }
});
