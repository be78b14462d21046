import { blockText, nestingDepth, readHtml } from '../../src/input/formats/html';
import { sniffsAsHtml } from '../../src/input/formats/detect';
import { processPacked } from '../../src/cli/process-packed';
import { extract } from '../../src/pipeline';
import { DocumentResult } from '../../src/model';

// an invented news page: menus, a cookie notice, related links and a footer around the story
const PAGE = `<!doctype html>
<html><head><title>Harbour row: Velmar mayor resigns | The Velmar Courier</title>
<meta property="article:published_time" content="2026-03-03T21:40:00-05:00">
<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-03-01T08:00:00Z"}</script>
<style>p { color: red }</style>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">Greenland Weekly</a></li></ul></nav>
<article>
<h1>Harbour row: Velmar mayor resigns</h1>
<p>Anna Berg, the mayor of Velmar, resigned on Tuesday after a long row with the city
council over the budget for the new harbour.</p>
<p>Her deputy, Tomas Rieger, said the council would meet on Friday to choose a successor, and that
the harbour plan would go ahead as agreed with the Port Authority.<br>Nothing else was said.</p>
<p>Berg did not answer calls on Tuesday evening, and her office said she would speak to reporters next week.</p>
</article>
<aside><h3>Related</h3><ul><li><a>Jonas Petrak wins chess title</a></li></ul></aside>
<footer>Copyright The Velmar Courier</footer>
</body></html>`;

const STORY = [
  'Harbour row: Velmar mayor resigns',
  'Anna Berg, the mayor of Velmar, resigned on Tuesday after a long row with the city council over the budget for the new harbour.',
  'Her deputy, Tomas Rieger, said the council would meet on Friday to choose a successor, and that the harbour plan would go ahead as agreed with the Port Authority.\nNothing else was said.',
  'Berg did not answer calls on Tuesday evening, and her office said she would speak to reporters next week.',
].join('\n\n');

test('the story, not the page: paragraphs kept, menus, related links and footer left out; headline and publication date from the metadata', () => {
  expect(readHtml(Buffer.from(PAGE))).toEqual({ format: 'html', text: STORY, date: '2026-03-03', id: null, title: 'Harbour row: Velmar mayor resigns' });
});

test('the publication date: article:published_time, then JSON-LD datePublished (in a @graph), then <time datetime>', () => {
  const page = (head: string, body = ''): Buffer =>
    Buffer.from(`<html><head>${head}</head><body><article><p>Anna Berg resigned on Tuesday, the council said in a statement.</p>${body}</article></body></html>`);
  expect(readHtml(page('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-11-30T23:59:00+09:00"}]}</script>')).date).toBe('2025-11-30');
  expect(readHtml(page('<script type="application/ld+json">{broken</script>', '<p>Posted <time datetime="2024-02-29">Thursday</time></p>')).date).toBe('2024-02-29');
  expect(readHtml(page('<meta property="article:published_time" content="not a date">')).date).toBeNull();
  // an impossible day is no date
  expect(readHtml(page('<meta property="article:published_time" content="2023-02-30">')).date).toBeNull();
});

test('the publication date is the reference date for "on Tuesday"; the headline is in the text', async () => {
  const outcome = await processPacked({ packed: true, file: 'page.html', id: null, format: 'html', bytes: Buffer.from(PAGE) }, { refDate: '2020-01-01' }, extract, null);
  expect(outcome.warnings).toEqual([]);
  const record = outcome.records[0].record as DocumentResult;
  expect(Object.keys(record)).toEqual(['file', 'id', 'format', 'date', 'title', 'entities']);
  expect(record.date).toBe('2026-03-03');
  const summary = record.entities.map((e) => [e.type, e.name, e.value ?? null, e.mentions.map((m) => STORY.slice(m.start, m.end))]);
  expect(summary).toEqual([
    ['person', 'Anna Berg', null, ['Anna Berg', 'Berg']],
    ['person', 'Tomas Rieger', null, ['Tomas Rieger']],
    ['organization', 'Port Authority', null, ['Port Authority']],
    // "the mayor of Velmar": a place, and so is the headline's "Velmar" (issue 13w)
    ['place', 'Velmar', null, ['Velmar', 'Velmar']],
    ['date', 'Tuesday evening', '2026-03-03', ['Tuesday', 'Tuesday evening']],
    ['date', 'Friday', '2026-03-06', ['Friday']],
    ['date', 'next week', '2026-W11', ['next week']],
  ]);
});

test('a page with no story to find gives the text of its body, without menus', () => {
  const page = '<html><body><nav>Home | World</nav><div>Lena Holm</div><div>Velmar<br>Harbour Road 4</div></body></html>';
  expect(readHtml(Buffer.from(page))).toEqual({ format: 'html', text: 'Lena Holm\n\nVelmar\nHarbour Road 4', date: null, id: null });
});

test('a page in a legacy charset declared in <meta> is decoded from it', () => {
  const latin1 = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>J'), Buffer.from([0xf6]), Buffer.from('rg M'), Buffer.from([0xfc]), Buffer.from('ller</p></body></html>')]);
  expect(readHtml(latin1).text).toBe('Jörg Müller');
});

test('blockText: blocks are paragraphs, inline elements run on, scripts are never text', () => {
  const { parseHTML } = require('linkedom') as { parseHTML(html: string): { document: { body: never } } };
  const { document } = parseHTML('<html><body><p>One <b>bold</b>\n  word</p><script>var x = "Hidden";</script><ul><li>First</li><li>Second</li></ul></body></html>');
  expect(blockText(document.body, new Set())).toEqual({ text: 'One bold word\n\nFirst\n\nSecond', startsWithHeading: false });
});

test('a file sniffs as HTML when it starts with markup', () => {
  expect(sniffsAsHtml(Buffer.from('\ufeff  \n<!DOCTYPE html><html>'))).toBe(true);
  expect(sniffsAsHtml(Buffer.from('<html lang="en">'))).toBe(true);
  expect(sniffsAsHtml(Buffer.from('The <html> tag opens a page.'))).toBe(false);
});

test('a page nested deeper than any real one is refused before parsing (the parser is quadratic in depth)', () => {
  expect(nestingDepth('<html><body><div><p>One<p>Two<div><b>x</b><br></div></div><ul><li>a<li>b</ul></body></html>')).toBe(3);
  // "a<b" in a script is no tag; end tags of elements never opened do not go below zero
  expect(nestingDepth('</div></div><script>if (a<b && c<d) {}</script><div><span></span></div>')).toBe(2);
  const deep = `<html><body>${'<div>'.repeat(2001)}Anna Berg${'</div>'.repeat(2001)}</body></html>`;
  expect(() => readHtml(Buffer.from(deep))).toThrow('HTML nested more than 2000 elements deep');
  const deepEnough = `<html><body>${'<div>'.repeat(2000)}Anna Berg spoke.${'</div>'.repeat(2000)}</body></html>`;
  expect(readHtml(Buffer.from(deepEnough)).text).toBe('Anna Berg spoke.');
});
