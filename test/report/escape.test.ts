import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  escapeMarkdown,
  escapePre,
  escapeXml,
  inlineCode,
  renderComment,
  renderJobSummary,
} from '../../src/report/index.js';
import { seededRandom } from '../support/results-builder.js';
import { HOSTILE_FRAGMENTS, hostilePair, hostileText } from './hostile.js';
import { reportInput } from './helpers.js';

/** The only HTML the report itself writes. */
const OUR_TAGS = /<(\/?(details|summary|pre|sub)>|!-- rehearse:comment -->)/g;

function withoutCodeSpans(markdown: string): string {
  // Backslash-escaped characters are literal and cannot open a code span (no test's code span holds a backslash);
  // then our code spans are balanced fences of n backticks.
  return markdown.replace(/\\[\s\S]/g, '\\E').replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ' ');
}

/** Every way hostile text could escape into markdown structure. */
function assertInert(markdown: string): void {
  // <pre> blocks are raw HTML to markdown: inside, only HTML and mentions matter.
  const pres = [...markdown.matchAll(/<pre>\n([\s\S]*?)\n<\/pre>/g)].map((m) => m[1]!);
  for (const pre of pres) expect(pre).not.toMatch(/<|@[A-Za-z0-9]/);
  const outside = markdown.replace(/<pre>\n[\s\S]*?\n<\/pre>/g, '<pre></pre>');
  // Code spans are literal (GitHub renders `<h1>` in one as text), so only the rest is checked.
  const prose = withoutCodeSpans(outside);
  expect(prose.replace(OUR_TAGS, '')).not.toMatch(/<[A-Za-z!/]/); // no tag, comment or closing tag of anyone else
  expect(prose).not.toMatch(/(^|[^\\])!\[/); // no image
  expect(prose).not.toMatch(/@[A-Za-z0-9]/); // mentions defused (ZWJ after @)
  const links = prose.match(/(^|[^\\])\]\(/g) ?? [];
  const ourLinks =
    prose.match(/\[(Check run|Full report \(artifact\)|Workflow run|HTML report in the run's artifact)\]\(/g) ?? [];
  expect(links.length).toBe(ourLinks.length);
  expect(prose.match(/<pre>/g)?.length ?? 0).toBe(prose.match(/<\/pre>/g)?.length ?? 0);
  expect(prose.match(/<details>/g)?.length ?? 0).toBe(prose.match(/<\/details>/g)?.length ?? 0);
  expect(prose.match(/<!-- rehearse:comment -->/g)?.length ?? 0).toBeLessThanOrEqual(1);
  expect(markdown).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u2028]/);
  // No reference GitHub would link (and backlink) outside code spans: issue numbers, GH-n, SHAs, bare URLs; no bidi
  // control.
  // (Backslash escapes vanish on rendering, so they are dropped here, except escaped backticks, which open no code
  // span.)
  const rendered = outside
    .replace(/\\([\s\S])/g, (_escape, char: string) => (char === '`' ? "'" : char))
    .replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, ' ');
  expect(rendered).not.toMatch(/(?<!&)#\d|\bGH\\?-\d|\bwww\\?\.|:\/\/(?<!\]\(https?:\/\/)/i); // our own links aside
  expect(rendered).not.toMatch(
    /(?<![0-9a-z\u2060])[0-9a-f]{7,40}(?![0-9a-z\u2060])(?<=[a-f][0-9a-f]*)(?<=\d[0-9a-f]*)/i,
  );
  expect(markdown).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b\ufeff]/);
  // Table rows keep their column count: hostile pipes are escaped.
  for (const block of markdown.split('\n\n')) {
    const rows = block.split('\n').filter((line) => line.startsWith('| '));
    const widths = new Set(rows.map((row) => row.replace(/\\\|/g, '').split('|').length));
    expect(widths.size).toBeLessThanOrEqual(1);
  }
}

describe('escaping', () => {
  it('escapeMarkdown leaves no markdown, HTML or mention active', () => {
    const text = escapeMarkdown('**hi** <b>x</b> @octocat ![i](u) [l](u) | `c`');
    expect(text).toBe(
      '\\*\\*hi\\*\\* &lt;b&gt;x&lt;/b&gt; @\u200doctocat \\!\\[i\\]\\(u\\) \\[l\\]\\(u\\) \\| \\`c\\`',
    );
  });

  it('escapePre cannot close the <pre> block and keeps newlines', () => {
    expect(escapePre('a\n</pre><b>@bob')).toBe('a\n&lt;/pre&gt;&lt;b&gt;@\u200dbob');
  });

  it('inlineCode uses a fence longer than any backtick run', () => {
    expect(inlineCode('a``b')).toBe('```a``b```');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('plain')).toBe('`plain`');
  });

  it('escapeHtml and escapeXml escape quotes and strip control / invalid XML characters', () => {
    expect(escapeHtml(`"'<&>`)).toBe('&quot;&#39;&lt;&amp;&gt;');
    expect(escapeXml('a\u0000b\u0008c\ufffed"')).toBe('abc' + 'd&quot;');
  });

  it('issue/PR references, SHAs and URLs get a word joiner: inert, same reading', () => {
    const text = 'fixed in #123, GH-42, octo/repo#7, a5c3785ed8d6 and https://x.example or www.x.example';
    expect(escapePre(text)).toBe(
      'fixed in #\u2060123, GH\u2060-42, octo/repo#\u20607, a5c3\u2060785ed8d6 and https:\u2060//x.example or ' +
        'www\u2060.x.example',
    );
    expect(escapeMarkdown('#1 GH-2')).toBe('\\#\u20601 GH\u2060\\-2');
    // What a reader sees is the text itself once the invisible joiners are gone.
    expect(escapePre(text).replace(/\u2060/g, '')).toBe(text);
    // Entities and ordinary numbers are left alone.
    expect(escapePre("it's order 1234567")).toBe('it&#39;s order 1234567');
  });

  it('bidi controls are shown as [U+XXXX], zero-width characters removed, in markdown, HTML and XML', () => {
    const text = 'pay\u202eusd001\u202c to refund\u200b_order\ufeff \u2066x\u2069';
    expect(escapePre(text)).toBe('pay[U+202E]usd001[U+202C] to refund_order [U+2066]x[U+2069]');
    expect(escapeHtml(text)).toBe('pay[U+202E]usd001[U+202C] to refund_order [U+2066]x[U+2069]');
    expect(escapeXml(text)).toBe('pay[U+202E]usd001[U+202C] to refund_order [U+2066]x[U+2069]');
    expect(escapeMarkdown(text)).toBe(
      'pay\\[U\\+202E\\]usd001\\[U\\+202C\\] to refund\\_order \\[U\\+2066\\]x\\[U\\+2069\\]',
    );
    expect(inlineCode('refund\u200b_order')).toBe('`refund_order`');
  });

  it('every hostile fragment is inert in inline and <pre> contexts', () => {
    for (const fragment of HOSTILE_FRAGMENTS) {
      expect(escapeMarkdown(fragment)).not.toMatch(/<[A-Za-z!/]|(^|[^\\])!\[|@[A-Za-z]|\n/);
      expect(escapePre(fragment)).not.toMatch(/<|@[A-Za-z]/);
    }
  });

  it('property: comments and job summaries of hostile runs stay inert (seeded)', () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const pair = hostilePair(seed, 12, 1 + (seed % 3));
      const input = reportInput(pair, { previousRunNote: hostileText(seededRandom(seed), 3) });
      assertInert(renderComment(input).text);
      assertInert(renderJobSummary(input).text);
    }
  });

  it('property: the gate line quoting the hostile reason of errored trials stays inert (seeded)', () => {
    for (const seed of [7, 8, 9]) {
      const input = reportInput(hostilePair(seed, 6, 2, 0, true));
      expect(input.gate.summary).toMatch(/infrastructure: .* errored in most trials .*: "/);
      assertInert(renderComment(input).text);
      assertInert(renderJobSummary(input).text);
    }
  });

  it('property: random strings from the hostile alphabet stay inert in a comment', () => {
    const random = seededRandom(99);
    const alphabet = [
      '<',
      '>',
      '@',
      '`',
      '!',
      '[',
      ']',
      '(',
      ')',
      '|',
      '\n',
      '&',
      '*',
      '_',
      '#',
      'a',
      'b',
      ' ',
      '\\',
      '-',
      '~',
      '"',
    ];
    const noise = (): string =>
      Array.from({ length: 60 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let i = 0; i < 20; i += 1) {
      const pair = hostilePair(i + 100, 3);
      const tests = pair.current.trials.map((trial) => ({
        ...trial,
        transcript: trial.transcript.map((event) =>
          event.type === 'agent_message' || event.type === 'user_message' ? { ...event, content: noise() } : event,
        ),
        metrics: trial.metrics.map((metric) => ({ ...metric, reason: noise() })),
      }));
      assertInert(
        renderComment(reportInput({ previous: pair.previous, current: { ...pair.current, trials: tests } })).text,
      );
    }
  });
});
