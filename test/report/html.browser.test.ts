/**
 * The HTML report in a real headless Chromium (Debian's `chromium` package,
 * driven by playwright-core): it renders, filters and search work, a
 * transcript opens, nothing is fetched, no console error, no injection.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/compare/index.js';
import { renderHtml, renderJUnit } from '../../src/report/index.js';
import { buildResults } from '../support/results-builder.js';
import { regressions } from './fixture-sets.js';

interface XmlDocument {
  getElementsByTagName(name: string): { length: number };
}

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const missing = !existsSync(CHROMIUM);
if (missing)
  console.log(
    `HTML report browser test skipped: ${CHROMIUM} is missing (install the Debian 'chromium' package; .ci/run does).`,
  );

describe.skipIf(missing)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const { previous, current } = regressions();
  const comparison = compareRuns(previous!, current);

  async function open(html: string, name: string): Promise<Page> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage();
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(url);
    return page;
  }

  const visibleKeys = (page: Page): Promise<string[]> =>
    page.$$eval('article.test:not([hidden])', (els) => els.map((el) => el.id));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rehearse-html-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders the summary, filters, search and transcripts without any request or console error', async () => {
    const page = await open(renderHtml(current, { previous: comparison }), 'report.html');
    expect(await page.textContent('#summary')).toContain('Pass rate');
    expect(await page.isVisible('#chart-tags')).toBe(true);
    const all = await visibleKeys(page);
    expect(all).toHaveLength(current.tests.length);
    expect(await page.textContent('#shown-count')).toBe(
      `${current.tests.length} of ${current.tests.length} tests shown`,
    );

    await page.selectOption('#status', 'regression');
    const regressed = comparison.changes.filter((c) => c.category === 'regression').map((c) => c.key);
    expect((await visibleKeys(page)).sort()).toEqual([...regressed].sort());
    expect(await page.$$eval('article.test.regression', (els) => els.length)).toBe(regressed.length);

    await page.selectOption('#status', 'all');
    await page.selectOption('#tag', 'orders');
    const withTag = current.tests.filter((t) => t.tags.includes('orders')).map((t) => t.key);
    expect((await visibleKeys(page)).sort()).toEqual([...withTag].sort());

    await page.selectOption('#tag', '');
    await page.fill('#search', 'REFUND');
    expect(await visibleKeys(page)).toEqual(['refund-damaged-item@default']);
    await page.fill('#search', 'no such test anywhere');
    expect(await visibleKeys(page)).toEqual([]);
    await page.fill('#search', '');

    const trial = page.locator('article[id="track-late-order@default"] details.trial').nth(2);
    expect(await trial.locator('.transcript').isVisible()).toBe(false);
    await trial.locator('summary').click();
    expect(await trial.locator('.transcript').isVisible()).toBe(true);
    expect(await trial.locator('.ev.tool').textContent()).toContain('lookup_order');
    expect(await trial.textContent()).toContain('lookup_order returned status');

    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows hostile agent text as text: no element, script or request comes out of it', async () => {
    const hostile = buildResults({
      runId: 'RH-hostile',
      tests: [
        {
          id: 'evil',
          name: '<img src="https://evil.example/x.png" onerror="window.__pwned = 1">',
          tags: ['"><script>window.__pwned = 2</script>'],
          outcomes: ['fail'],
          agentText: '</div></details><script>window.__pwned = 3</script><img src=x onerror="window.__pwned=4">',
          failReason: '<iframe src="https://evil.example"></iframe>',
        },
      ],
    });
    const page = await open(renderHtml(hostile), 'hostile.html');
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('main img, main script, main iframe', (els) => els.length)).toBe(0);
    expect(await page.textContent('main')).toContain('<script>window.__pwned = 3</script>');
    await page.selectOption('#tag', '"><script>window.__pwned = 2</script>');
    expect(await visibleKeys(page)).toEqual(['evil@default']);
    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('draws the history chart and the JUnit XML parses', async () => {
    const page = await open(renderHtml(current, { previous: comparison, history: [previous!] }), 'history.html');
    expect(await page.$$eval('#chart-history circle', (els) => els.length)).toBe(2);
    const junit = renderJUnit(current);
    const parsed = await page.evaluate((xml) => {
      // Runs in the page; the test's TypeScript lib has no DOM types.
      const { DOMParser } = globalThis as unknown as {
        DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument };
      };
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        cases: doc.getElementsByTagName('testcase').length,
        failures: doc.getElementsByTagName('failure').length,
      };
    }, junit);
    expect(parsed).toEqual({
      errors: 0,
      cases: current.tests.length,
      failures: current.tests.filter((t) => t.verdict === 'fail').length,
    });
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
