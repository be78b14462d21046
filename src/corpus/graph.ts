// Who appears with whom: co-occurrence edges between entities, counted by sentence (both named in
// one sentence) and by document (both named in one document), each with the first sentence that
// shows it. Built one document at a time. Nodes are the summary's rows (same names, same counts),
// so a graph and a summary of the same corpus agree.

import { DocumentResult, EntityType } from '../model';
import { corpusKey, documentLabel } from './keys';
import { documentKeys } from './joins';
import { SummaryBuilder, SummaryRow } from './summary';
import { DEFAULT_GRAPH_TYPES, GraphLevel } from './choices';

export { DEFAULT_GRAPH_TYPES, GRAPH_LEVELS } from './choices';
export type { GraphLevel } from './choices';

export interface GraphNode {
  id: string;
  row: SummaryRow;
}

export interface GraphEdge {
  source: GraphNode;
  target: GraphNode;
  /** the count the graph is about: sentences at sentence level, documents at document level */
  weight: number;
  /** sentences naming both */
  sentences: number;
  /** documents naming both (at sentence level: documents where they share a sentence) */
  documents: number;
  /** the first sentence naming both ("" when they never share one) and its document */
  example: string;
  file: string | null;
}

export interface Graph {
  level: GraphLevel;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface GraphOptions {
  level?: GraphLevel;
  types?: readonly EntityType[];
  /** edges below this weight are left out (and nodes left without an edge) */
  minWeight?: number;
}

interface EdgeState {
  a: number;
  b: number;
  sentences: number;
  documents: number;
  lastDocument: number;
  /** the first document naming both (at sentence level: in one sentence) */
  firstDocument: number;
  example: string;
  exampleFile: string | null;
  exampleDocument: number;
  /** the first document naming both */
  firstFile: string | null;
}

// A sentence or document naming more entities than this is a list (a ledger, an index, a table of
// results), not prose: its n^2/2 pairs say nothing about who is with whom and would fill memory.
export const MAX_ENTITIES_PER_GROUP = 300;

export class GraphBuilder {
  private readonly summary = new SummaryBuilder();
  private readonly nodeIndex = new Map<string, number>();
  private readonly edges = new Map<string, EdgeState>();
  private readonly level: GraphLevel;
  private readonly types: Set<EntityType>;
  private documentIndex = 0;
  /** sentences and documents left out because they name more than MAX_ENTITIES_PER_GROUP entities */
  skippedSentences = 0;
  skippedDocuments = 0;

  constructor(options: Pick<GraphOptions, 'level' | 'types'> = {}) {
    this.level = options.level ?? 'sentence';
    this.types = new Set(options.types ?? DEFAULT_GRAPH_TYPES);
  }

  add(result: DocumentResult): void {
    const entities = result.entities.filter((e) => this.types.has(e.type));
    // the rows of every type but dates, so a join across documents is decided as in the summary
    // (a place row "Pellowe" keeps "Pellowe" apart even in a graph of persons only); nodes are
    // made for the graph's types only
    this.summary.add({ ...result, entities: result.entities.filter((e) => e.type !== 'date' || this.types.has(e.type)) });
    const file = documentLabel(result);
    const documentIndex = this.documentIndex++;

    const nodesHere = new Set<number>();
    const bySentence = new Map<string, Set<number>>();
    const keys = documentKeys(entities);
    for (const [i, entity] of entities.entries()) {
      const key = keys[i];
      let node = this.nodeIndex.get(key);
      if (node === undefined) {
        node = this.nodeIndex.size;
        this.nodeIndex.set(key, node);
      }
      nodesHere.add(node);
      for (const mention of entity.mentions) {
        if (mention.sentence === undefined) continue; // the library called with sentences: false
        const set = bySentence.get(mention.sentence);
        if (set) set.add(node);
        else bySentence.set(mention.sentence, new Set([node]));
      }
    }

    // sentences first, in document order (the map keeps the order sentences were first met)
    for (const [sentence, nodes] of bySentence) {
      if (nodes.size < 2) continue;
      if (nodes.size > MAX_ENTITIES_PER_GROUP) {
        this.skippedSentences++;
        continue;
      }
      const list = [...nodes].sort((x, y) => x - y);
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) {
          const edge = this.edge(list[i], list[j]);
          edge.sentences++;
          if (edge.example === '') {
            edge.example = sentence;
            edge.exampleFile = file;
            edge.exampleDocument = documentIndex;
          }
          if (this.level === 'sentence') this.countDocument(edge, documentIndex, file);
        }
      }
    }
    if (this.level === 'document' && nodesHere.size > MAX_ENTITIES_PER_GROUP) this.skippedDocuments++;
    else if (this.level === 'document') {
      const list = [...nodesHere].sort((x, y) => x - y);
      for (let i = 0; i < list.length; i++) {
        for (let j = i + 1; j < list.length; j++) this.countDocument(this.edge(list[i], list[j]), documentIndex, file);
      }
    }
  }

  private edge(a: number, b: number): EdgeState {
    const id = `${a} ${b}`;
    let edge = this.edges.get(id);
    if (!edge) {
      edge = { a, b, sentences: 0, documents: 0, lastDocument: -1, firstDocument: -1, example: '', exampleFile: null, exampleDocument: -1, firstFile: null };
      this.edges.set(id, edge);
    }
    return edge;
  }

  private countDocument(edge: EdgeState, documentIndex: number, file: string | null): void {
    if (edge.lastDocument === documentIndex) return;
    edge.lastDocument = documentIndex;
    if (edge.firstDocument < 0) edge.firstDocument = documentIndex;
    edge.documents++;
    if (edge.firstFile === null) edge.firstFile = file;
  }

  /**
   * The edges with joined nodes as one (`merged`: node -> the node standing for its row). A joined
   * name's documents never name its full name, so their edges' counts add up; the example is the
   * one of the earlier document.
   */
  private mergedEdges(merged: readonly number[]): Iterable<EdgeState> {
    if (merged.every((node, index) => node === index)) return this.edges.values();
    const edges = new Map<string, EdgeState>();
    for (const state of this.edges.values()) {
      const [a, b] = [merged[state.a], merged[state.b]].sort((x, y) => x - y);
      if (a === b) continue;
      const id = `${a} ${b}`;
      const seen = edges.get(id);
      if (!seen) {
        edges.set(id, { ...state, a, b });
        continue;
      }
      const first = state.firstDocument >= 0 && (seen.firstDocument < 0 || state.firstDocument < seen.firstDocument) ? state : seen;
      const withExample = [seen, state].filter((edge) => edge.example !== '');
      const exampleOf = withExample.length === 2 ? (state.exampleDocument < seen.exampleDocument ? state : seen) : withExample[0];
      edges.set(id, {
        ...seen,
        sentences: seen.sentences + state.sentences,
        documents: seen.documents + state.documents,
        firstDocument: first.firstDocument,
        firstFile: first.firstFile,
        example: exampleOf?.example ?? '',
        exampleFile: exampleOf?.exampleFile ?? null,
        exampleDocument: exampleOf?.exampleDocument ?? -1,
      });
    }
    return edges.values();
  }

  /** The key of the row (node) an entity's document key ended in: see SummaryBuilder.rowKey. */
  rowKey(documentKey: string): string {
    return this.summary.rowKey(documentKey);
  }

  result(options: Pick<GraphOptions, 'minWeight'> = {}): Graph {
    const minWeight = options.minWeight ?? 1;
    const rows = new Map<string, SummaryRow>();
    for (const row of this.summary.result()) rows.set(corpusKey(row), row);
    // a one-word name joined across documents (joins.ts) is its full name's node: the first node
    // of a row stands for every node of it
    const rowOfNode: SummaryRow[] = [];
    const nodeOfRow = new Map<string, number>();
    const merged: number[] = [];
    for (const [key, index] of this.nodeIndex) {
      const rowKey = this.summary.rowKey(key);
      rowOfNode[index] = rows.get(rowKey)!;
      const first = nodeOfRow.get(rowKey);
      if (first === undefined) nodeOfRow.set(rowKey, index);
      merged[index] = first ?? index;
    }

    const used = new Map<number, GraphNode>();
    const nodeFor = (index: number): GraphNode => {
      let node = used.get(index);
      if (!node) {
        node = { id: `n${index}`, row: rowOfNode[index] };
        used.set(index, node);
      }
      return node;
    };
    const edges: GraphEdge[] = [];
    for (const state of this.mergedEdges(merged)) {
      const weight = this.level === 'sentence' ? state.sentences : state.documents;
      if (weight < minWeight || weight === 0) continue;
      edges.push({
        source: nodeFor(state.a),
        target: nodeFor(state.b),
        weight,
        sentences: state.sentences,
        documents: state.documents,
        example: state.example,
        file: state.example !== '' ? state.exampleFile : state.firstFile,
      });
    }
    edges.sort(
      (x, y) =>
        y.weight - x.weight ||
        y.sentences + y.documents - (x.sentences + x.documents) ||
        Number(x.source.id.slice(1)) - Number(y.source.id.slice(1)) ||
        Number(x.target.id.slice(1)) - Number(y.target.id.slice(1)),
    );
    const nodes = [...used.entries()].sort((x, y) => x[0] - y[0]).map(([, node]) => node);
    return { level: this.level, nodes, edges };
  }
}
