// The html pages in a real browser: Debian's chromium, headless, driven by playwright-core. Every
// mention of every record is highlighted with exactly its text, clicking an entity marks all its
// mentions, clicking a graph node shows its sentences, nothing is fetched from the network and
// nothing is logged as an error. Screenshots go to test-output/ (ignored by git) for a person to look at.
// In CI (CI set) the test must run; elsewhere it is skipped only when chromium is not installed.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { DocumentResult, OutputRecord } from '../../src/model';
import { newsner, ROOT } from '../cli/binary';
import { withoutVague } from '../../src/dates/vague';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = join(ROOT, 'test-output');
const haveChromium = existsSync(CHROMIUM);
if (process.env.CI && !haveChromium) throw new Error(`CI: ${CHROMIUM} is missing (.ci/run installs it with apt-get)`);
const describeInBrowser = haveChromium ? describe : describe.skip;

// invented, with the characters a page must escape and an astral character before mentions
const TRICKY = {
  id: 'tricky',
  text:
    'LONDON, May 2, 2024 - Shares of "Hart & Cole <Holdings>" fell 3% after Maria O\'Neill 🚀 resigned.\n' +
    'Judge Maria O\'Neill said on Friday that 𝒜 rule <b>was</b> broken & Hart & Cole would appeal.',
};

let context: BrowserContext;
let userDataDir: string;
const problems: string[] = [];

async function open(file: string): Promise<Page> {
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${file}: console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${file}: ${error.message}`));
  await page.goto(`file://${join(OUTPUT, file)}`);
  return page;
}

function run(args: string[]): string {
  const result = newsner(args);
  if (result.status !== 0) throw new Error(`newsner ${args.join(' ')}: exit ${result.status}: ${result.stderr}`);
  return result.stdout;
}

describeInBrowser('html pages in headless chromium', () => {
  const inputs = ['fixtures/articles', 'fixtures/bad/bom-crlf.txt', 'test-output/tricky.jsonl'];
  let records: DocumentResult[];

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, 'tricky.jsonl'), `${JSON.stringify(TRICKY)}\n`);
    writeFileSync(join(OUTPUT, 'extract.html'), run([...inputs, '--format', 'html']));
    // the page leaves vague dates out ("three years", "the past"), as the table does
    records = ((JSON.parse(run([...inputs, '--format', 'json'])) as { documents: OutputRecord[] }).documents as DocumentResult[]).map(withoutVague);
    writeFileSync(join(OUTPUT, 'graph.html'), run(['graph', 'fixtures/corpus', '--format', 'html']));

    const { chromium } = await import('playwright-core');
    userDataDir = mkdtempSync(join(tmpdir(), 'newsner-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 860 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // the pages are self-contained: anything but the file itself is a failure, and is not fetched
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file://')) return route.continue();
      problems.push(`network request: ${url}`);
      return route.abort();
    });
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  test('extract --format html: every mention is highlighted with its exact text; clicking an entity marks all its mentions', async () => {
    expect(records.map((record) => record.file ?? record.id)).toEqual([
      'fixtures/articles/court-ruling.txt',
      'fixtures/articles/election-night.md',
      'fixtures/articles/harbor-strike.txt',
      'fixtures/bad/bom-crlf.txt',
      'test-output/tricky.jsonl',
    ]);
    const page = await open('extract.html');
    const totalMentions = records.reduce((sum, r) => sum + r.entities.reduce((n, e) => n + e.mentions.length, 0), 0);
    expect(totalMentions).toBeGreaterThan(40);
    expect(await page.locator('mark.m').count()).toBe(totalMentions);
    expect(await page.locator('article.doc').count()).toBe(records.length);
    expect(await page.locator('nav#documents li').count()).toBe(records.length);

    const tricky = records[4];
    expect(tricky.entities.map((e) => e.name)).toEqual(expect.arrayContaining(["Maria O'Neill", 'Hart & Cole']));
    for (const [d, record] of records.entries()) {
      for (const [e, entity] of record.entities.entries()) {
        const marks = page.locator(`mark[data-e="d${d + 1}-e${e}"]`);
        const inTextOrder = [...entity.mentions].sort((a, b) => a.start - b.start).map((m) => m.text);
        expect(await marks.allTextContents()).toEqual(inTextOrder);
        expect(await marks.first().getAttribute('class')).toBe(`m t-${entity.type}`);
      }
    }
    // the whole text of each document, as the page shows it, is the document text (CRLF included)
    const shown = await page.locator('article.doc .text').allTextContents();
    expect(shown[4]).toBe(TRICKY.text);
    expect(shown[3]).toContain('\r\n');

    // click the entity with the most mentions in the first document
    const first = records[0];
    const top = first.entities.reduce((best, entity, index) => (entity.count > first.entities[best].count ? index : best), 0);
    const id = `d1-e${top}`;
    expect(first.entities[top].count).toBeGreaterThan(1);
    await page.locator(`button[data-e="${id}"]`).click();
    expect(await page.locator('mark.sel').count()).toBe(first.entities[top].count);
    expect(await page.locator(`mark.sel[data-e="${id}"]`).count()).toBe(first.entities[top].count);
    expect(await page.locator(`button[data-e="${id}"]`).getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: join(OUTPUT, 'extract.png') });

    // an entity of the last document: the page scrolls to its first mention
    const last = `d5-e${tricky.entities.findIndex((e) => e.name === 'Hart & Cole')}`;
    await page.locator(`button[data-e="${last}"]`).click();
    expect(await page.locator('mark.sel').count()).toBe(tricky.entities.find((e) => e.name === 'Hart & Cole')!.count);
    await expect(page.locator(`mark[data-e="${last}"]`).first().isVisible()).resolves.toBe(true);
    const inView = await page.locator(`mark[data-e="${last}"]`).first().evaluate((mark) => {
      const box = mark.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.screenshot({ path: join(OUTPUT, 'extract-last.png') });
    // clicking it again unmarks
    await page.locator(`button[data-e="${last}"]`).click();
    expect(await page.locator('mark.sel').count()).toBe(0);
    // a mention in the text selects its entity too
    const person = tricky.entities.findIndex((e) => e.name === "Maria O'Neill");
    await page.locator(`mark[data-e="d5-e${person}"]`).last().click();
    expect(await page.locator('mark.sel').allTextContents()).toEqual(tricky.entities[person].mentions.map((m) => m.text));
    expect(await page.locator(`button[data-e="d5-e${person}"]`).getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  test('graph --format html: nodes as in the graph; clicking a node shows its sentences', async () => {
    const json = JSON.parse(run(['graph', 'fixtures/corpus', '--format', 'json'])) as {
      nodes: { id: string; label: string; count: number }[];
      edges: unknown[];
    };
    const page = await open('graph.html');
    await page.waitForFunction(() => (window as unknown as { newsnerGraph?: unknown }).newsnerGraph !== undefined);
    const drawn = await page.evaluate(() => {
      const cy = (window as unknown as { newsnerGraph: any }).newsnerGraph;
      return { nodes: cy.nodes().map((n: any) => n.data('label')), edges: cy.edges().length };
    });
    expect(drawn.nodes).toEqual(json.nodes.map((n) => n.label));
    expect(drawn.edges).toBe(json.edges.length);

    // the most mentioned node, clicked with the mouse where it is drawn
    const top = json.nodes.reduce((best, node) => (node.count > best.count ? node : best));
    const where = await page.evaluate((id) => {
      const cy = (window as unknown as { newsnerGraph: any }).newsnerGraph;
      const box = cy.container().getBoundingClientRect();
      const position = cy.getElementById(id).renderedPosition();
      return { x: box.left + position.x, y: box.top + position.y };
    }, top.id);
    await page.mouse.click(where.x, where.y);
    await expect(page.locator('#panel h2').textContent()).resolves.toBe(top.label);
    const data = await page.evaluate(
      (id) => (JSON.parse(document.getElementById('graph-data')!.textContent!) as { nodes: { id: string; sentences: [string, string | null][] }[] }).nodes.find((n) => n.id === id)!.sentences,
      top.id,
    );
    expect(data.length).toBeGreaterThan(1);
    const shown = await page.locator('#panel li.sentence').evaluateAll((items) =>
      items.map((li) => [...li.childNodes].filter((n) => !(n instanceof HTMLElement && n.className === 'file')).map((n) => n.textContent).join('')),
    );
    expect(shown).toEqual(data.map(([sentence]) => sentence));
    // the name is marked in its sentences
    expect(await page.locator('#panel li.sentence mark').count()).toBeGreaterThan(0);
    const selected = await page.evaluate(() => (window as unknown as { newsnerGraph: any }).newsnerGraph.$('node:selected').map((n: any) => n.id()));
    expect(selected).toEqual([top.id]);
    await page.screenshot({ path: join(OUTPUT, 'graph.png') });

    // a link, clicked at its middle: the first sentence naming both
    const link = await page.evaluate(() => {
      const cy = (window as unknown as { newsnerGraph: any }).newsnerGraph;
      const edge = cy.edges().max((e: any) => e.data('width')).ele;
      const box = cy.container().getBoundingClientRect();
      const middle = edge.renderedMidpoint();
      return { x: box.left + middle.x, y: box.top + middle.y, index: edge.data('index') as number };
    });
    await page.mouse.click(link.x, link.y);
    const edgeData = await page.evaluate(
      (index) => (JSON.parse(document.getElementById('graph-data')!.textContent!) as { edges: { example: string }[] }).edges[index],
      link.index,
    );
    expect(edgeData.example.length).toBeGreaterThan(0);
    // the panel is the link's (two names as its title), not a node's
    expect(await page.locator('#panel h2 button.node').count()).toBe(2);
    expect(await page.locator('#panel li.sentence').count()).toBe(1);
    expect(await page.locator('#panel li.sentence').evaluate((li) => li.firstChild!.parentElement!.innerText)).toContain(edgeData.example);
    await page.close();
  });

  test('timeline --format html: one entry per date in order; a date opens its sentences; a name filters the line', async () => {
    const args = ['timeline', 'fixtures/corpus', '--ref-date', '2024-03-20'];
    writeFileSync(join(OUTPUT, 'timeline.html'), run([...args, '--format', 'html']));
    const timeline = JSON.parse(run([...args, '--format', 'json'])) as {
      dates: { value: string; mentions: { text: string; sentence: string; entities: { name: string }[] }[] }[];
    };
    const page = await open('timeline.html');
    const entries = page.locator('#dates li.entry');
    expect(await entries.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.value))).toEqual(timeline.dates.map((d) => d.value));
    // closed at first: no sentence shows
    expect(await page.locator('li.sentence:visible').count()).toBe(0);

    // a date with mentions from two documents opens on a click
    const index = timeline.dates.findIndex((d) => d.mentions.length === 2);
    expect(index).toBeGreaterThanOrEqual(0);
    await entries.nth(index).locator('summary').click();
    const opened = entries.nth(index).locator('li.sentence');
    expect(await opened.evaluateAll((items) => items.filter((li) => (li as HTMLElement).offsetParent !== null).length)).toBe(2);
    expect(await opened.locator('mark').allTextContents()).toEqual(timeline.dates[index].mentions.map((m) => m.text));
    const shown = await opened.evaluateAll((items) => items.map((li) => li.firstChild!.textContent! + li.querySelector('mark')!.textContent + li.querySelector('mark')!.nextSibling!.textContent));
    expect(shown).toEqual(timeline.dates[index].mentions.map((m) => m.sentence));
    await page.screenshot({ path: join(OUTPUT, 'timeline.png') });

    // a name keeps only the dates whose sentences name it
    const name = 'Peter Halloran';
    await page.locator('#names button', { hasText: name }).click();
    expect(await page.locator('#names button[aria-pressed="true"]').allTextContents()).toEqual([name]);
    const kept = timeline.dates.filter((d) => d.mentions.some((m) => m.entities.some((e) => e.name === name))).map((d) => d.value);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(timeline.dates.length);
    const visible = await entries.evaluateAll((items) => items.filter((li) => getComputedStyle(li).display !== 'none').map((li) => (li as HTMLElement).dataset.value));
    expect(visible).toEqual(kept);
    await page.screenshot({ path: join(OUTPUT, 'timeline-filtered.png') });
    // pressed again: the whole line
    await page.locator('#names button', { hasText: name }).click();
    expect(await entries.evaluateAll((items) => items.filter((li) => getComputedStyle(li).display !== 'none').length)).toBe(timeline.dates.length);
    await page.close();
  });

  test('no console errors or warnings, no network requests', () => {
    expect(problems).toEqual([]);
  });
});
