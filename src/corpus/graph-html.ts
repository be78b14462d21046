// `newsner graph --format html`: the co-occurrence network as one self-contained interactive page.
// Nodes are sized by mentions and coloured by type, edges are as thick as their weight; clicking a
// node shows the sentences naming it and who it appears with, clicking an edge its example sentence.
// Drawn with Cytoscape.js (MIT, actively maintained, no dependencies, one minified file with
// force-directed layouts built in), whose minified build is read from node_modules when the page is
// written and inlined: the page opens offline, and the same corpus gives the same bytes.

import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { ENTITY_TYPES } from '../model';
import { TYPE_HTML_COLORS } from '../output/html-assets';
import { edgeJson } from './format-graph';
import { Graph } from './graph';
import { NodeSentences } from './node-sentences';

let cytoscapeSource: { code: string; version: string } | null = null;

/** The library as it ships (licence header included), read once per process. */
function cytoscapeBuild(): { code: string; version: string } {
  if (cytoscapeSource === null) {
    const file = require.resolve('cytoscape/dist/cytoscape.min.js');
    const version = (JSON.parse(readFileSync(join(dirname(file), '..', 'package.json'), 'utf8')) as { version: string }).version;
    // inside <script>, "</script" would end the element and "<!--" changes how it is parsed
    const code = readFileSync(file, 'utf8').replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
    cytoscapeSource = { code, version };
  }
  return cytoscapeSource;
}

/** JSON inside <script type="application/json">: no "<" at all, so nothing can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function graphPageData(graph: Graph, sentences: NodeSentences | null): object {
  return {
    level: graph.level,
    nodes: graph.nodes.map((node) => {
      const { row } = node;
      return {
        id: node.id,
        label: row.name,
        type: row.type,
        count: row.count,
        documents: row.documents,
        aliases: row.aliases,
        roles: row.roles,
        value: row.value ?? null,
        // without a collector (a caller that has only the graph): the summary's first sentence
        sentences: (sentences ? sentences.of(row) : [row.example]).map((s) => [s.sentence, s.file]),
      };
    }),
    edges: graph.edges.map(edgeJson),
  };
}

const STYLE = `* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #f7f7f5;
  display: grid; grid-template-rows: auto minmax(0, 1fr); grid-template-columns: minmax(0, 1fr) 26rem; grid-template-areas: "head head" "graph panel"; }
header { grid-area: head; display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1.4rem; padding: 0.5rem 1rem; background: #fff; border-bottom: 1px solid #ddd; }
header h1 { font-size: 1.05rem; margin: 0; }
.legend { display: flex; gap: 0.8rem; font-size: 0.9rem; }
.key::before { content: ""; display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 50%; margin-right: 0.3rem; vertical-align: -0.1rem; background: var(--strong); }
.stats { color: #555; font-size: 0.85rem; }
#find { font: inherit; padding: 0.1rem 0.4rem; width: 14rem; }
#cy { grid-area: graph; min-height: 0; background: #fff; }
#panel { grid-area: panel; overflow: auto; padding: 0.8rem 1rem; border-left: 1px solid #ddd; background: #fcfcfb; }
#panel h2 { font-size: 1.15rem; margin: 0 0 0.2rem; padding-left: 0.5rem; border-left: 5px solid var(--strong, #999); }
#panel h3 { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.05em; color: #555; margin: 1rem 0 0.3rem; }
#panel .meta, #panel .more, #panel .hint { color: #555; font-size: 0.88rem; margin: 0.2rem 0; }
#panel ol, #panel ul { margin: 0; padding-left: 1.3rem; }
#panel li { margin: 0.35rem 0; }
.sentence { font-family: Georgia, "Times New Roman", serif; }
.sentence mark { background: #fff0a8; color: inherit; border-radius: 2px; }
.file { display: block; color: #777; font: 0.78rem ui-monospace, monospace; overflow-wrap: anywhere; }
button.node { font: inherit; color: inherit; background: none; border: none; border-bottom: 2px solid var(--strong); padding: 0; cursor: pointer; text-align: left; }
.weight { color: #555; font-size: 0.85rem; }
.empty { padding: 2rem; color: #666; font-style: italic; }
@media (max-width: 60rem) { body { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto 60vh auto; grid-template-areas: "head" "graph" "panel"; } }
${ENTITY_TYPES.map((type) => `.t-${type} { --strong: ${TYPE_HTML_COLORS[type].strong}; }`).join('\n')}
`;

const SCRIPT = `(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var COLORS = ${JSON.stringify(Object.fromEntries(ENTITY_TYPES.map((type) => [type, TYPE_HTML_COLORS[type].strong])))};
  var panel = document.getElementById('panel');
  var byId = {};
  var maxCount = 1, maxWeight = 1;
  data.nodes.forEach(function (node) { byId[node.id] = node; maxCount = Math.max(maxCount, node.count); });
  data.edges.forEach(function (edge) { maxWeight = Math.max(maxWeight, edge.weight); });

  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }
  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  /** The sentence as text nodes, with the entity's names in it marked. */
  function sentenceWithNames(sentence, names) {
    var li = el('li', 'sentence');
    // case-insensitive (a headline says KASSYMOV) when lower-casing keeps the length, so offsets hold
    var folded = sentence.toLowerCase();
    var fold = folded.length === sentence.length;
    var haystack = fold ? folded : sentence;
    var sorted = names.map(function (name) { return fold ? name.toLowerCase() : name; })
      .filter(function (name) { return name.length > 0; }).sort(function (a, b) { return b.length - a.length; });
    var at = 0;
    while (at < sentence.length) {
      var best = -1, bestLength = 0;
      for (var i = 0; i < sorted.length; i++) {
        var found = haystack.indexOf(sorted[i], at);
        if (found !== -1 && (best === -1 || found < best)) { best = found; bestLength = sorted[i].length; }
      }
      if (best === -1) break;
      li.appendChild(document.createTextNode(sentence.slice(at, best)));
      li.appendChild(el('mark', null, sentence.slice(best, best + bestLength)));
      at = best + bestLength;
    }
    li.appendChild(document.createTextNode(sentence.slice(at)));
    return li;
  }

  function nodeButton(id) {
    var node = byId[id];
    var button = el('button', 'node t-' + node.type, node.label);
    button.type = 'button';
    button.addEventListener('click', function () { selectNode(id); });
    return button;
  }

  function showNode(id) {
    var node = byId[id];
    panel.textContent = '';
    var title = el('h2', 't-' + node.type, node.label);
    panel.appendChild(title);
    panel.appendChild(el('p', 'meta', node.type + ' \\u00b7 ' + plural(node.count, 'mention') + ' \\u00b7 ' + plural(node.documents, 'document')));
    if (node.value) panel.appendChild(el('p', 'meta', 'value ' + node.value));
    if (node.roles.length) panel.appendChild(el('p', 'meta', node.roles.join(', ')));
    if (node.aliases.length) panel.appendChild(el('p', 'meta', 'also ' + node.aliases.join(', ')));
    panel.appendChild(el('h3', null, 'Sentences'));
    var list = el('ol', 'sentences');
    node.sentences.forEach(function (pair) {
      var li = sentenceWithNames(pair[0], [node.label].concat(node.aliases));
      if (pair[1] !== null) li.appendChild(el('span', 'file', pair[1]));
      list.appendChild(li);
    });
    panel.appendChild(list);
    if (node.sentences.length < node.count) panel.appendChild(el('p', 'more', 'the first ' + plural(node.sentences.length, 'sentence') + ' of ' + plural(node.count, 'mention')));
    var links = data.edges.filter(function (edge) { return edge.source === id || edge.target === id; });
    panel.appendChild(el('h3', null, 'Appears with'));
    var ul = el('ul', 'neighbours');
    links.forEach(function (edge) {
      var li = el('li');
      li.appendChild(nodeButton(edge.source === id ? edge.target : edge.source));
      li.appendChild(el('span', 'weight', ' ' + (data.level === 'sentence' ? plural(edge.weight, 'sentence') : plural(edge.weight, 'document'))));
      ul.appendChild(li);
    });
    panel.appendChild(ul);
    panel.scrollTop = 0;
  }

  function showEdge(edge) {
    panel.textContent = '';
    var title = el('h2', null);
    title.appendChild(nodeButton(edge.source));
    title.appendChild(document.createTextNode(' \\u2013 '));
    title.appendChild(nodeButton(edge.target));
    panel.appendChild(title);
    panel.appendChild(el('p', 'meta', plural(edge.sentences, 'sentence') + ' and ' + plural(edge.documents, 'document') + ' together'));
    if (edge.example) {
      panel.appendChild(el('h3', null, 'First sentence naming both'));
      var list = el('ol', 'sentences');
      var a = byId[edge.source], b = byId[edge.target];
      var li = sentenceWithNames(edge.example, [a.label, b.label].concat(a.aliases, b.aliases));
      if (edge.file !== null) li.appendChild(el('span', 'file', edge.file));
      list.appendChild(li);
      panel.appendChild(list);
    }
  }

  function showNothing() {
    panel.textContent = '';
    panel.appendChild(el('p', 'hint', 'Click a node to see the sentences naming it and who it appears with; click a link to see a sentence naming both.'));
    panel.appendChild(el('p', 'hint', 'Node size: mentions. Link width: ' + (data.level === 'sentence' ? 'sentences' : 'documents') + ' naming both. Drag, scroll to zoom.'));
  }

  if (data.nodes.length === 0) {
    var cyBox = document.getElementById('cy');
    cyBox.appendChild(el('p', 'empty', 'No entities appear together here (try --level document or a lower --min-weight).'));
    showNothing();
    return;
  }

  // start on a circle in data order, so the force layout (randomize: false) draws the same picture every time
  var radius = 60 + 35 * Math.sqrt(data.nodes.length);
  var elements = [];
  data.nodes.forEach(function (node, i) {
    var angle = (2 * Math.PI * i) / data.nodes.length;
    elements.push({ group: 'nodes', data: { id: node.id, label: node.label, color: COLORS[node.type], size: 16 + 44 * Math.sqrt(node.count / maxCount) },
      position: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) } });
  });
  data.edges.forEach(function (edge, i) {
    elements.push({ group: 'edges', data: { id: 'e' + i, index: i, source: edge.source, target: edge.target, width: 1 + 9 * (edge.weight / maxWeight) } });
  });

  var cy = cytoscape({
    container: document.getElementById('cy'),
    elements: elements,
    layout: { name: 'preset' },
    minZoom: 0.05,
    maxZoom: 5,
    selectionType: 'single',
    style: [
      { selector: 'node', style: { 'background-color': 'data(color)', width: 'data(size)', height: 'data(size)', label: 'data(label)',
        'font-size': 13, color: '#1d1d1f', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#ffffff', 'text-outline-width': 2,
        'min-zoomed-font-size': 6, 'border-width': 1, 'border-color': '#ffffff' } },
      { selector: 'edge', style: { width: 'data(width)', 'line-color': '#8c96a0', opacity: 0.5, 'curve-style': 'haystack' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111111', 'font-weight': 'bold', 'z-index': 10 } },
      { selector: 'edge:selected', style: { 'line-color': '#111111', opacity: 0.9 } },
      { selector: '.faded', style: { opacity: 0.12 } },
      { selector: 'edge.near', style: { opacity: 0.9, 'line-color': '#555f69' } }
    ]
  });
  if (data.nodes.length > 1) {
    // cose still draws random numbers (for nodes that start on top of each other): a seeded
    // generator while it runs makes the same page draw the same picture every time it is opened
    var random = Math.random, seed = 20240501;
    Math.random = function () {
      seed = (seed + 0x6d2b79f5) | 0;
      var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    try {
      // cose costs about n^2 per iteration (1,000 nodes: 40 ms each in headless chromium): a big
      // graph gets a rougher layout that opens in seconds; past 2,000 nodes, rings by size
      var small = data.nodes.length <= 300;
      cy.layout(data.nodes.length <= 2000
        ? { name: 'cose', randomize: false, animate: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: small,
            idealEdgeLength: function () { return 90; }, nodeRepulsion: function () { return 600000; }, componentSpacing: 80,
            numIter: small ? 1500 : 60 }
        : { name: 'concentric', animate: false, fit: true, padding: 30, concentric: function (node) { return node.data('size'); }, levelWidth: function () { return 4; } }
      ).run();
    } finally {
      Math.random = random;
    }
  } else {
    cy.fit(undefined, 80);
  }

  function focus(node) {
    cy.elements().removeClass('faded near');
    var near = node.closedNeighborhood();
    cy.elements().not(near).addClass('faded');
    node.connectedEdges().addClass('near');
  }
  function selectNode(id) {
    var node = cy.getElementById(id);
    cy.elements().unselect();
    node.select();
    focus(node);
    if (!node.visible() || node.renderedPosition().x < 0 || node.renderedPosition().x > cy.width() ||
        node.renderedPosition().y < 0 || node.renderedPosition().y > cy.height()) cy.center(node);
    showNode(id);
  }
  cy.on('tap', 'node', function (event) { selectNode(event.target.id()); });
  cy.on('tap', 'edge', function (event) {
    var edge = event.target;
    cy.elements().removeClass('faded near');
    cy.elements().not(edge.connectedNodes().union(edge)).addClass('faded');
    showEdge(data.edges[edge.data('index')]);
  });
  cy.on('tap', function (event) {
    if (event.target === cy) { cy.elements().removeClass('faded near'); showNothing(); }
  });

  var find = document.getElementById('find');
  var names = document.getElementById('names');
  data.nodes.forEach(function (node) { var option = el('option'); option.value = node.label; names.appendChild(option); });
  find.addEventListener('change', function () {
    var wanted = find.value.trim().toLowerCase();
    for (var i = 0; i < data.nodes.length; i++) {
      if (data.nodes[i].label.toLowerCase() === wanted) { selectNode(data.nodes[i].id); return; }
    }
  });

  showNothing();
  // for scripts and tests that drive the page (read it, do not rely on it staying the same)
  window.newsnerGraph = cy;
})();
`;

export function formatGraphHtml(graph: Graph, sentences: NodeSentences | null): string {
  const library = cytoscapeBuild();
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="generator" content="newsner">\n<title>newsner: who appears with whom</title>\n' +
    `<style>\n${STYLE}</style>\n</head>\n<body>\n` +
    '<header><h1>Who appears with whom</h1><div class="legend" aria-label="legend">' +
    ENTITY_TYPES.map((type) => `<span class="key t-${type}">${type}</span>`).join('') +
    `</div><span class="stats">${graph.nodes.length} ${graph.nodes.length === 1 ? 'entity' : 'entities'}, ` +
    `${graph.edges.length} ${graph.edges.length === 1 ? 'link' : 'links'}</span>` +
    '<input id="find" type="search" list="names" placeholder="find a name" aria-label="find a name"><datalist id="names"></datalist></header>\n' +
    '<div id="cy" aria-label="network of entities"></div>\n<aside id="panel" aria-live="polite"></aside>\n' +
    `<script type="application/json" id="graph-data">${scriptJson(graphPageData(graph, sentences))}</script>\n` +
    `<script>\n/* Cytoscape.js ${library.version}, MIT licence (header below) */\n${library.code}\n</script>\n` +
    `<script>\n${SCRIPT}</script>\n</body>\n</html>\n`
  );
}
