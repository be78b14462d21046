// The co-occurrence graph's output formats: an edge list as CSV (for a spreadsheet, or Gephi's
// "import spreadsheet"), GEXF 1.3 and GraphML (Gephi, yEd, Cytoscape, networkx) and JSON
// ({level, nodes, edges}). Written by hand: both XML formats are a few fixed elements, and
// escaping is the one thing to get right. No timestamps: the same corpus gives the same bytes.

import { csvRows } from '../output/csv-cells';
import { Graph, GraphEdge } from './graph';
import { GraphFormat } from './choices';

export { GRAPH_FORMATS } from './choices';
export type { GraphFormat } from './choices';

export const EDGE_CSV_COLUMNS = ['source', 'target', 'source_type', 'target_type', 'weight', 'sentences', 'documents', 'example', 'file'];

export function formatGraphCsv(graph: Graph, raw = false): string {
  return csvRows([
    EDGE_CSV_COLUMNS,
    ...graph.edges.map((e) => [
      e.source.row.name,
      e.target.row.name,
      e.source.row.type,
      e.target.row.type,
      e.weight,
      e.sentences,
      e.documents,
      e.example,
      e.file ?? '',
    ]),
  ], raw);
}

/** An edge as JSON names it, nodes by id (the JSON format and the HTML page's data). */
export function edgeJson(edge: GraphEdge) {
  return {
    source: edge.source.id,
    target: edge.target.id,
    weight: edge.weight,
    sentences: edge.sentences,
    documents: edge.documents,
    example: edge.example,
    file: edge.file,
  };
}

export function formatGraphJson(graph: Graph): string {
  const nodes = graph.nodes.map((n) => ({ id: n.id, label: n.row.name, type: n.row.type, count: n.row.count, documents: n.row.documents }));
  return JSON.stringify({ level: graph.level, nodes, edges: graph.edges.map(edgeJson) }, null, 2) + '\n';
}

/** Text as XML character data or attribute value: escaped, and without characters XML forbids. */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function formatGexf(graph: Graph): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
  out.push(`  <meta><creator>newsner</creator><description>co-occurrence of entities by ${graph.level}</description></meta>`);
  out.push('  <graph mode="static" defaultedgetype="undirected">');
  out.push('    <attributes class="node">');
  out.push('      <attribute id="type" title="type" type="string"/>');
  out.push('      <attribute id="count" title="mentions" type="integer"/>');
  out.push('      <attribute id="documents" title="documents" type="integer"/>');
  out.push('    </attributes>');
  out.push('    <attributes class="edge">');
  out.push('      <attribute id="sentences" title="sentences" type="integer"/>');
  out.push('      <attribute id="documents" title="documents" type="integer"/>');
  out.push('      <attribute id="example" title="example" type="string"/>');
  out.push('      <attribute id="file" title="file" type="string"/>');
  out.push('    </attributes>');
  out.push('    <nodes>');
  for (const node of graph.nodes) {
    out.push(`      <node id="${node.id}" label="${xmlText(node.row.name)}">`);
    out.push('        <attvalues>');
    out.push(`          <attvalue for="type" value="${node.row.type}"/>`);
    out.push(`          <attvalue for="count" value="${node.row.count}"/>`);
    out.push(`          <attvalue for="documents" value="${node.row.documents}"/>`);
    out.push('        </attvalues>');
    out.push('      </node>');
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  graph.edges.forEach((edge, i) => {
    out.push(`      <edge id="e${i}" source="${edge.source.id}" target="${edge.target.id}" weight="${edge.weight}">`);
    out.push('        <attvalues>');
    out.push(`          <attvalue for="sentences" value="${edge.sentences}"/>`);
    out.push(`          <attvalue for="documents" value="${edge.documents}"/>`);
    out.push(`          <attvalue for="example" value="${xmlText(edge.example)}"/>`);
    out.push(`          <attvalue for="file" value="${xmlText(edge.file ?? '')}"/>`);
    out.push('        </attvalues>');
    out.push('      </edge>');
  });
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return out.join('\n') + '\n';
}

export function formatGraphml(graph: Graph): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">');
  const keys: [id: string, target: 'node' | 'edge', type: string][] = [
    ['label', 'node', 'string'],
    ['type', 'node', 'string'],
    ['count', 'node', 'int'],
    ['node_documents', 'node', 'int'],
    ['weight', 'edge', 'double'],
    ['sentences', 'edge', 'int'],
    ['documents', 'edge', 'int'],
    ['example', 'edge', 'string'],
    ['file', 'edge', 'string'],
  ];
  for (const [id, target, type] of keys) {
    const name = id === 'node_documents' ? 'documents' : id;
    out.push(`  <key id="${id}" for="${target}" attr.name="${name}" attr.type="${type}"/>`);
  }
  out.push(`  <graph id="cooccurrence-by-${graph.level}" edgedefault="undirected">`);
  for (const node of graph.nodes) {
    out.push(`    <node id="${node.id}">`);
    out.push(`      <data key="label">${xmlText(node.row.name)}</data>`);
    out.push(`      <data key="type">${node.row.type}</data>`);
    out.push(`      <data key="count">${node.row.count}</data>`);
    out.push(`      <data key="node_documents">${node.row.documents}</data>`);
    out.push('    </node>');
  }
  graph.edges.forEach((edge, i) => {
    out.push(`    <edge id="e${i}" source="${edge.source.id}" target="${edge.target.id}">`);
    out.push(`      <data key="weight">${edge.weight}</data>`);
    out.push(`      <data key="sentences">${edge.sentences}</data>`);
    out.push(`      <data key="documents">${edge.documents}</data>`);
    out.push(`      <data key="example">${xmlText(edge.example)}</data>`);
    out.push(`      <data key="file">${xmlText(edge.file ?? '')}</data>`);
    out.push('    </edge>');
  });
  out.push('  </graph>');
  out.push('</graphml>');
  return out.join('\n') + '\n';
}

export function formatGraph(graph: Graph, format: GraphFormat, csvRaw = false): string {
  switch (format) {
    case 'csv':
      return formatGraphCsv(graph, csvRaw);
    case 'gexf':
      return formatGexf(graph);
    case 'graphml':
      return formatGraphml(graph);
    case 'json':
      return formatGraphJson(graph);
  }
}
