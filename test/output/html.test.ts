// --format html on hand-built records: exact markup for a small case, escaping, offsets with astral
// characters and CRLF, the document list, and a page that needs nothing from the network.
import { createFormatter } from '../../src/output/formatter';
import { escapeDocumentText, escapeHtml } from '../../src/output/html';
import { DocumentResult, OutputRecord } from '../../src/model';
import { BROKEN_LINE, SAMPLE, SAMPLE_TEXT } from './sample';

function page(records: [OutputRecord, string?][]): string {
  const formatter = createFormatter('html', { color: false });
  expect(formatter.needsText).toBe(true);
  return formatter.start() + records.map(([record, text]) => formatter.record(record, text)).join('') + formatter.end();
}

function record(text: string, entities: [DocumentResult['entities'][number]['type'], string, number][], extra: Partial<DocumentResult> = {}): DocumentResult {
  return {
    file: 'a.txt',
    id: null,
    date: null,
    entities: entities.map(([type, name, start]) => ({
      type,
      name,
      count: 1,
      mentions: [{ text: name, start, end: start + name.length, line: 1, column: start + 1, sentence: text, rule: 't' }],
    })),
    ...extra,
  };
}

/** The text of every mark, in page order. */
function marks(html: string): string[] {
  return [...html.matchAll(/<mark [^>]*>([^<]*)<\/mark>/g)].map((match) => match[1]);
}

describe('html', () => {
  test('one small document, spelled out: highlighted text and the entity sidebar', () => {
    const formatter = createFormatter('html', { color: false });
    const text = 'Ana Lima joined Acme in 2019.';
    const doc: DocumentResult = {
      file: 'news/a.txt',
      id: null,
      date: '2020-01-02',
      entities: [
        { type: 'person', name: 'Ana Lima', count: 1, roles: ['analyst'], aliases: ['Lima'], mentions: [{ text: 'Ana Lima', start: 0, end: 8, line: 1, column: 1, sentence: text, rule: 't' }] },
        { type: 'organization', name: 'Acme', count: 1, mentions: [{ text: 'Acme', start: 16, end: 20, line: 1, column: 17, sentence: text, rule: 't' }] },
        { type: 'date', name: '2019', count: 1, value: '2019', mentions: [{ text: '2019', start: 24, end: 28, line: 1, column: 25, sentence: text, rule: 't' }] },
      ],
    };
    expect(formatter.record(doc, text)).toBe(
      [
        '<article class="doc" id="doc-1">',
        '<h2>news/a.txt <small>reference date 2020-01-02</small></h2>',
        '<div class="doc-body">',
        '<div class="text"><mark class="m t-person" data-e="d1-e0" title="person: Ana Lima">Ana Lima</mark> joined ' +
          '<mark class="m t-organization" data-e="d1-e1" title="organization: Acme">Acme</mark> in ' +
          '<mark class="m t-date" data-e="d1-e2" title="date: 2019">2019</mark>.</div>',
        '<aside class="entities">',
        '<section><h3>person</h3><ul>',
        '<li><button type="button" class="ent t-person" data-e="d1-e0" aria-pressed="false"><span class="name">Ana Lima</span> <span class="count">1</span></button>' +
          '<div class="roles">analyst</div><div class="aliases">also Lima</div></li>',
        '</ul></section>',
        '<section><h3>organization</h3><ul>',
        '<li><button type="button" class="ent t-organization" data-e="d1-e1" aria-pressed="false"><span class="name">Acme</span> <span class="count">1</span></button></li>',
        '</ul></section>',
        '<section><h3>date</h3><ul>',
        '<li><button type="button" class="ent t-date" data-e="d1-e2" aria-pressed="false"><span class="name">2019</span> <span class="count">1</span></button>' +
          '<div class="value">2019</div></li>',
        '</ul></section>',
        '</aside>',
        '</div>',
        '</article>',
        '',
      ].join('\n'),
    );
  });

  test('escaping: <, &, quotes in the text, names, roles, file names and errors', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    const text = `<script>alert(1)</script> "Hart & Cole" said O'Neill.`;
    const doc = record(text, [['organization', 'Hart & Cole', 27], ['person', "O'Neill", 45]], { file: 'x"><img src=y>.txt' });
    doc.entities[1].roles = ['<b>chair</b>'];
    const html = page([[doc, text], [{ file: '<e>', id: null, error: 'bad & "worse"' }]]);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;<mark class="m t-organization" data-e="d1-e0" title="organization: Hart &amp; Cole">Hart &amp; Cole</mark>&quot; said ');
    expect(html).toContain('title="person: O&#39;Neill">O&#39;Neill</mark>.');
    expect(html).toContain('<div class="roles">&lt;b&gt;chair&lt;/b&gt;</div>');
    expect(html).toContain('<h2>x&quot;&gt;&lt;img src=y&gt;.txt</h2>');
    expect(html).toContain('<p class="error">error: bad &amp; &quot;worse&quot;</p>');
    // the only script element is the page's own
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  test('astral characters: marks cover exactly the UTF-16 offsets of the record', () => {
    const text = '🚀 𝒜cme met Zoë 𝔅ell 👍🏽 in Oslo.';
    const start = text.indexOf('Zoë');
    expect(start).toBe(13);
    const doc = record(text, [['organization', '𝒜cme', 3], ['person', 'Zoë 𝔅ell', 13], ['place', 'Oslo', text.indexOf('Oslo')]]);
    const html = page([[doc, text]]);
    expect(marks(html)).toEqual(['𝒜cme', 'Zoë 𝔅ell', 'Oslo']);
    expect(html).toContain('<div class="text">🚀 <mark');
    expect(html).toContain('</mark> 👍🏽 in <mark');
  });

  test('CRLF text: a CR is a character reference (the parser would drop it); NUL becomes U+FFFD', () => {
    expect(escapeDocumentText('a\r\nb\u0000c')).toBe('a&#13;\nb\ufffdc');
    const text = 'ROME\r\nAna Lima spoke.\r\n';
    const html = page([[record(text, [['place', 'ROME', 0], ['person', 'Ana Lima', 6]]), text]]);
    expect(html).toContain('<div class="text"><mark class="m t-place" data-e="d1-e0" title="place: ROME">ROME</mark>&#13;\n<mark');
    expect(html).toContain('</mark> spoke.&#13;\n</div>');
  });

  test('one document: no document list; several: a list linking each document, errors included', () => {
    const one = page([[SAMPLE, SAMPLE_TEXT]]);
    expect(one).not.toContain('<nav');
    expect(marks(one)).toEqual(['Jane Roe', 'Karim Bello', 'Astana', 'Roe, Bello &amp; Partners', 'March 3, 2020']);
    const several = page([[SAMPLE, SAMPLE_TEXT], [BROKEN_LINE], [record('Oslo.', [['place', 'Oslo', 0]]), 'Oslo.']]);
    expect(several).toContain(
      '<nav id="documents" aria-label="documents"><h2>3 documents</h2><ol>\n' +
        '<li><a href="#doc-1">news/astana.txt</a> <span class="n">5 entities</span></li>\n' +
        '<li class="failed"><a href="#doc-2">records.jsonl line 3</a> <span class="n">error</span></li>\n' +
        '<li><a href="#doc-3">a.txt</a> <span class="n">1 entity</span></li>\n</ol></nav>\n',
    );
    // ids are per document: the third document's entity is d3-e0
    expect(several).toContain('<mark class="m t-place" data-e="d3-e0" title="place: Oslo">Oslo</mark>');
    expect(page([])).toContain('<p class="none">no documents</p>');
  });

  test('a whole page: self-contained (no URL, no external file) and the same bytes every time', () => {
    const html = page([[SAMPLE, SAMPLE_TEXT]]);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html.endsWith('</script>\n</body>\n</html>\n')).toBe(true);
    expect(html).not.toMatch(/https?:|\bsrc=|<link|@import|url\(/);
    expect(html).toContain('<span class="key t-person">person</span><span class="key t-organization">organization</span>');
    expect(page([[SAMPLE, SAMPLE_TEXT]])).toBe(html);
  });

  test('sidebar: an ambiguous short name lists the full names it could be; most mentioned first within a type', () => {
    const text = 'Macron met Emmanuel Macron and Brigitte Macron; Brigitte Macron spoke.';
    const doc = record(text, [['person', 'Macron', 0], ['person', 'Emmanuel Macron', 11], ['person', 'Brigitte Macron', 31]]);
    doc.entities[0].ambiguous = ['Emmanuel Macron', 'Brigitte Macron'];
    doc.entities[2].count = 2;
    doc.entities[2].mentions.push({ text: 'Brigitte Macron', start: 48, end: 63, line: 1, column: 49, sentence: text, rule: 't' });
    const html = page([[doc, text]]);
    expect(html).toContain('<span class="name">Macron</span> <span class="count">1</span></button><div class="ambiguous">could be Emmanuel Macron or Brigitte Macron</div>');
    const order = [...html.matchAll(/<span class="name">([^<]*)<\/span>/g)].map((match) => match[1]);
    expect(order).toEqual(['Brigitte Macron', 'Macron', 'Emmanuel Macron']);
    expect(marks(html)).toEqual(['Macron', 'Emmanuel Macron', 'Brigitte Macron', 'Brigitte Macron']);
  });

  test('without the text: the sidebar alone', () => {
    const html = page([[SAMPLE]]);
    expect(html).toContain('<p class="none">document text not available</p>');
    expect(marks(html)).toEqual([]);
    expect(html).toContain('<span class="name">Jane Roe</span>');
  });
});
