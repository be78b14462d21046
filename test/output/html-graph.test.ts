// graph --format html on hand-built results: the data the page draws (nodes, links, each node's
// sentences), the library inlined, nothing that can break out of a script element, same bytes.
import { GraphBuilder } from '../../src/corpus/graph';
import { formatGraphHtml, graphPageData } from '../../src/corpus/graph-html';
import { NodeSentences } from '../../src/corpus/node-sentences';
import { DocumentResult } from '../../src/model';
import { doc } from '../corpus/results';

const S1 = 'Ana Lima met Karl Berg in Oslo.';
const S2 = 'Karl Berg left Oslo on Monday.';
const S3 = 'Lima said Berg </script><script>alert(1)</script> agreed.';

function build(results: DocumentResult[], limit?: number): { html: string; data: any } {
  const builder = new GraphBuilder();
  const sentences = new NodeSentences(['person', 'organization', 'place'], limit);
  for (const result of results) {
    builder.add(result);
    sentences.add(result);
  }
  const graph = builder.result();
  return { html: formatGraphHtml(graph, sentences), data: graphPageData(graph, sentences) };
}

const CORPUS = [
  doc(
    'a.txt',
    { type: 'person', name: 'Ana Lima', sentences: [S1], roles: ['analyst'] },
    { type: 'person', name: 'Karl Berg', sentences: [S1, S2, S2] },
    { type: 'place', name: 'Oslo', sentences: [S1, S2] },
    { type: 'date', name: 'Monday', sentences: [S2], value: '2024-05-06' },
  ),
  doc('b.txt', { type: 'person', name: 'Ana Lima', sentences: [S3], aliases: ['Lima'] }, { type: 'person', name: 'Karl Berg', sentences: [S3] }),
];

describe('graph html', () => {
  test('the page data: nodes with counts and their sentences (each once), links with weights', () => {
    const { data } = build(CORPUS);
    expect(data).toEqual({
      level: 'sentence',
      nodes: [
        { id: 'n0', label: 'Ana Lima', type: 'person', count: 2, documents: 2, aliases: ['Lima'], roles: ['analyst'], value: null, sentences: [[S1, 'a.txt'], [S3, 'b.txt']] },
        { id: 'n1', label: 'Karl Berg', type: 'person', count: 4, documents: 2, aliases: [], roles: [], value: null, sentences: [[S1, 'a.txt'], [S2, 'a.txt'], [S3, 'b.txt']] },
        { id: 'n2', label: 'Oslo', type: 'place', count: 2, documents: 1, aliases: [], roles: [], value: null, sentences: [[S1, 'a.txt'], [S2, 'a.txt']] },
      ],
      edges: [
        { source: 'n0', target: 'n1', weight: 2, sentences: 2, documents: 2, example: S1, file: 'a.txt' },
        { source: 'n1', target: 'n2', weight: 2, sentences: 2, documents: 1, example: S1, file: 'a.txt' },
        { source: 'n0', target: 'n2', weight: 1, sentences: 1, documents: 1, example: S1, file: 'a.txt' },
      ],
    });
  });

  test('sentences per node are capped', () => {
    const many = doc('c.txt', { type: 'person', name: 'Ana Lima', sentences: ['1 Ana Lima, Oslo.', '2 Ana Lima, Oslo.', '3 Ana Lima, Oslo.'] }, { type: 'place', name: 'Oslo', sentences: ['1 Ana Lima, Oslo.'] });
    const { data } = build([many], 2);
    expect(data.nodes[0].sentences).toEqual([['1 Ana Lima, Oslo.', 'c.txt'], ['2 Ana Lima, Oslo.', 'c.txt']]);
  });

  test('self-contained: Cytoscape inlined, no external script or style, no way out of the data element', () => {
    const { html } = build(CORPUS);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toMatch(/<script>\n\/\* Cytoscape\.js \d+\.\d+\.\d+, MIT licence \(header below\) \*\/\n\/\*\*\n \* Copyright \(c\) 2016-\d+, The Cytoscape Consortium\./);
    expect(html).not.toMatch(/<script[^>]* src=|<link|@import/);
    // three script elements: the data, the library, the page's own; the sentence's </script> is \u003c/script>
    expect(html.match(/<script/gi)).toHaveLength(3);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(html).toContain('Lima said Berg \\u003c/script>\\u003cscript>alert(1)\\u003c/script> agreed.');
    const json = html.slice(html.indexOf('<script type="application/json" id="graph-data">') + 48, html.indexOf('</script>'));
    expect(JSON.parse(json)).toEqual(build(CORPUS).data);
    expect(html).toContain('<span class="stats">3 entities, 3 links</span>');
  });

  test('the same results give the same bytes', () => {
    expect(build(CORPUS).html).toBe(build(CORPUS).html);
  });

  test('no links: the page says so instead of drawing an empty canvas', () => {
    const { html, data } = build([doc('d.txt', { type: 'person', name: 'Ana Lima', sentences: ['Ana Lima spoke.'] })]);
    expect(data.nodes).toEqual([]);
    expect(html).toContain('<span class="stats">0 entities, 0 links</span>');
    expect(html).toContain('No entities appear together here');
  });
});
