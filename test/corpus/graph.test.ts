import { formatGexf, formatGraphCsv, formatGraphJson, formatGraphml, xmlText } from '../../src/corpus/format-graph';
import { GraphBuilder } from '../../src/corpus/graph';
import { corpus, doc, S1, S3, S4 } from './results';

function graphOf(level: 'sentence' | 'document', minWeight = 1) {
  const builder = new GraphBuilder({ level });
  for (const result of corpus()) builder.add(result);
  return builder.result({ minWeight });
}

function edges(graph: ReturnType<typeof graphOf>) {
  return graph.edges.map((e) => [e.source.row.name, e.target.row.name, e.weight, e.sentences, e.documents, e.example, e.file]);
}

describe('co-occurrence graph', () => {
  test('by sentence: pairs named in one sentence, with the first such sentence', () => {
    expect(edges(graphOf('sentence'))).toEqual([
      ['Daniyar Kassymov', 'Committee for National Security', 1, 1, 1, S1, 'a.txt'],
      ['Daniyar Kassymov', 'Astana', 1, 1, 1, S1, 'a.txt'],
      ['Committee for National Security', 'Astana', 1, 1, 1, S1, 'a.txt'],
      ['Daniyar Kasymov', 'Almaty', 1, 1, 1, S3, 'b.txt'],
      ['Peter Halloran', 'Northern Grain Bank', 1, 1, 1, S4, 'c.txt'],
      ['Peter Halloran', 'London', 1, 1, 1, S4, 'c.txt'],
      ['Northern Grain Bank', 'London', 1, 1, 1, S4, 'c.txt'],
    ]);
  });

  test('by document: every pair in a document; no shared sentence means no example', () => {
    const graph = graphOf('document');
    // pairs that share a sentence first, then by first appearance of the entities
    expect(edges(graph)).toEqual([
      ['Daniyar Kassymov', 'Committee for National Security', 1, 1, 1, S1, 'a.txt'],
      ['Daniyar Kassymov', 'Astana', 1, 1, 1, S1, 'a.txt'],
      ['Committee for National Security', 'Astana', 1, 1, 1, S1, 'a.txt'],
      ['Daniyar Kasymov', 'Almaty', 1, 1, 1, S3, 'b.txt'],
      ['Peter Halloran', 'Northern Grain Bank', 1, 1, 1, S4, 'c.txt'],
      ['Peter Halloran', 'London', 1, 1, 1, S4, 'c.txt'],
      ['Northern Grain Bank', 'London', 1, 1, 1, S4, 'c.txt'],
      ['Daniyar Kassymov', 'Peter Halloran', 1, 0, 1, '', 'c.txt'],
      ['Daniyar Kassymov', 'Northern Grain Bank', 1, 0, 1, '', 'c.txt'],
      ['Daniyar Kassymov', 'London', 1, 0, 1, '', 'c.txt'],
      ['Daniyar Kasymov', 'KNB', 1, 0, 1, '', 'b.txt'],
      ['Almaty', 'KNB', 1, 0, 1, '', 'b.txt'],
    ]);
    // the nodes are the summary's rows: Kassymov has 3 mentions in 2 documents
    const kassymov = graph.nodes.find((n) => n.row.name === 'Daniyar Kassymov')!;
    expect([kassymov.id, kassymov.row.count, kassymov.row.documents]).toEqual(['n0', 3, 2]);
  });

  test('weights add up across documents; --min-weight drops the light edges and their nodes', () => {
    const builder = new GraphBuilder();
    const s = 'Jane Roe met John Doe in Astana.';
    builder.add(doc('1', { type: 'person', name: 'Jane Roe', sentences: [s, 'Roe left.'] }, { type: 'person', name: 'John Doe', sentences: [s] }, { type: 'place', name: 'Astana', sentences: [s] }));
    builder.add(doc('2', { type: 'person', name: 'Jane Roe', sentences: ['Roe and Doe spoke.', 'Later Roe and Doe left.'] }, { type: 'person', name: 'John Doe', sentences: ['Roe and Doe spoke.', 'Later Roe and Doe left.'] }));
    builder.add(doc('3', { type: 'date', name: 'Monday', value: '2024-03-04', sentences: ['Jane Roe left on Monday.'] }, { type: 'person', name: 'Jane Roe', sentences: ['Jane Roe left on Monday.'] }));
    const graph = builder.result({ minWeight: 2 });
    expect(graph.nodes.map((n) => [n.id, n.row.name, n.row.count, n.row.documents])).toEqual([
      ['n0', 'Jane Roe', 5, 3],
      ['n1', 'John Doe', 3, 2],
    ]);
    expect(edges(graph)).toEqual([['Jane Roe', 'John Doe', 3, 3, 2, s, '1']]);
  });

  test('CSV, JSON, GEXF and GraphML, escaped and without timestamps', () => {
    const builder = new GraphBuilder();
    const s = 'AT&T met "Roe" <here>.';
    builder.add(doc('a&b.txt', { type: 'organization', name: 'AT&T', sentences: [s] }, { type: 'person', name: 'Jane Roe', sentences: [s] }));
    const graph = builder.result();
    expect(formatGraphCsv(graph)).toBe(
      'source,target,source_type,target_type,weight,sentences,documents,example,file\n' +
        'AT&T,Jane Roe,organization,person,1,1,1,"AT&T met ""Roe"" <here>.",a&b.txt\n',
    );
    expect(JSON.parse(formatGraphJson(graph))).toEqual({
      level: 'sentence',
      nodes: [
        { id: 'n0', label: 'AT&T', type: 'organization', count: 1, documents: 1 },
        { id: 'n1', label: 'Jane Roe', type: 'person', count: 1, documents: 1 },
      ],
      edges: [{ source: 'n0', target: 'n1', weight: 1, sentences: 1, documents: 1, example: s, file: 'a&b.txt' }],
    });
    expect(formatGexf(graph)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <meta><creator>newsner</creator><description>co-occurrence of entities by sentence</description></meta>
  <graph mode="static" defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="type" title="type" type="string"/>
      <attribute id="count" title="mentions" type="integer"/>
      <attribute id="documents" title="documents" type="integer"/>
    </attributes>
    <attributes class="edge">
      <attribute id="sentences" title="sentences" type="integer"/>
      <attribute id="documents" title="documents" type="integer"/>
      <attribute id="example" title="example" type="string"/>
      <attribute id="file" title="file" type="string"/>
    </attributes>
    <nodes>
      <node id="n0" label="AT&amp;T">
        <attvalues>
          <attvalue for="type" value="organization"/>
          <attvalue for="count" value="1"/>
          <attvalue for="documents" value="1"/>
        </attvalues>
      </node>
      <node id="n1" label="Jane Roe">
        <attvalues>
          <attvalue for="type" value="person"/>
          <attvalue for="count" value="1"/>
          <attvalue for="documents" value="1"/>
        </attvalues>
      </node>
    </nodes>
    <edges>
      <edge id="e0" source="n0" target="n1" weight="1">
        <attvalues>
          <attvalue for="sentences" value="1"/>
          <attvalue for="documents" value="1"/>
          <attvalue for="example" value="AT&amp;T met &quot;Roe&quot; &lt;here&gt;."/>
          <attvalue for="file" value="a&amp;b.txt"/>
        </attvalues>
      </edge>
    </edges>
  </graph>
</gexf>
`);
    expect(formatGraphml(graph)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="count" for="node" attr.name="count" attr.type="int"/>
  <key id="node_documents" for="node" attr.name="documents" attr.type="int"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="sentences" for="edge" attr.name="sentences" attr.type="int"/>
  <key id="documents" for="edge" attr.name="documents" attr.type="int"/>
  <key id="example" for="edge" attr.name="example" attr.type="string"/>
  <key id="file" for="edge" attr.name="file" attr.type="string"/>
  <graph id="cooccurrence-by-sentence" edgedefault="undirected">
    <node id="n0">
      <data key="label">AT&amp;T</data>
      <data key="type">organization</data>
      <data key="count">1</data>
      <data key="node_documents">1</data>
    </node>
    <node id="n1">
      <data key="label">Jane Roe</data>
      <data key="type">person</data>
      <data key="count">1</data>
      <data key="node_documents">1</data>
    </node>
    <edge id="e0" source="n0" target="n1">
      <data key="weight">1</data>
      <data key="sentences">1</data>
      <data key="documents">1</data>
      <data key="example">AT&amp;T met &quot;Roe&quot; &lt;here&gt;.</data>
      <data key="file">a&amp;b.txt</data>
    </edge>
  </graph>
</graphml>
`);
  });

  test('a sentence or document naming hundreds of entities is a list: left out of the edges, counted', () => {
    const names = Array.from({ length: 301 }, (_, i) => `Person ${i}`);
    const list = names.join(', ') + '.';
    for (const level of ['sentence', 'document'] as const) {
      const builder = new GraphBuilder({ level });
      builder.add(doc('ledger.txt', ...names.map((name) => ({ type: 'person' as const, name, sentences: [list] }))));
      builder.add(doc('story.txt', { type: 'person', name: 'Person 1', sentences: ['Person 1 met Person 2.'] }, { type: 'person', name: 'Person 2', sentences: ['Person 1 met Person 2.'] }));
      const graph = builder.result();
      expect(edges(graph)).toEqual([['Person 1', 'Person 2', 1, 1, 1, 'Person 1 met Person 2.', 'story.txt']]);
      expect([builder.skippedSentences, builder.skippedDocuments]).toEqual(level === 'sentence' ? [1, 0] : [1, 1]);
    }
  });

  test('XML text drops characters XML forbids and repairs lone surrogates', () => {
    expect(xmlText('a\u0000b\u000bc\td\ud800e\udc00f\ud83d\ude00')).toBe('abc\td\ufffde\ufffdf\ud83d\ude00');
  });
});
