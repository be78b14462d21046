// The sentences each entity of a corpus was named in, for `graph --format html` (click a node: its
// sentences). Collected beside the GraphBuilder, one document at a time, keyed like the graph's
// nodes (corpusKey), the first few per entity only: memory grows with the entities, not the mentions.

import { DocumentResult, EntityType } from '../model';
import { corpusKey, documentLabel } from './keys';
import { documentKeys } from './joins';

export interface NodeSentence {
  sentence: string;
  file: string | null;
}

/** Enough to read who someone is; a name in 5,000 sentences would make the page huge. */
export const SENTENCES_PER_NODE = 12;

interface Collected extends NodeSentence {
  document: number;
}

export class NodeSentences {
  private byKey = new Map<string, Collected[]>();
  private documents = 0;

  private readonly types: Set<EntityType>;

  /** `types`: the graph's types (the others never become nodes) */
  constructor(
    types: readonly EntityType[],
    private readonly limit = SENTENCES_PER_NODE,
  ) {
    this.types = new Set(types);
  }

  add(result: DocumentResult): void {
    const file = documentLabel(result);
    const document = this.documents++;
    // keyed like the graph's nodes: a one-word name the corpus may join is pending (joins.ts)
    const entities = result.entities.filter((entity) => this.types.has(entity.type));
    const keys = documentKeys(entities);
    for (const [i, entity] of entities.entries()) {
      const key = keys[i];
      let list = this.byKey.get(key);
      if (!list) {
        list = [];
        this.byKey.set(key, list);
      }
      for (const mention of entity.mentions) {
        if (list.length >= this.limit) break;
        // a name said twice in one sentence shows that sentence once
        if (list.some((seen) => seen.sentence === mention.sentence && seen.file === file)) continue;
        list.push({ sentence: mention.sentence ?? '', file, document });
      }
    }
  }

  /**
   * Once the corpus is seen: the lists keyed by the row each key ended in (the graph's rowKey), so a
   * name joined across documents shows its sentences under its full name, in corpus order.
   */
  joinRows(rowKey: (documentKey: string) => string): void {
    const byRow = new Map<string, Collected[]>();
    for (const [key, list] of this.byKey) {
      const row = rowKey(key);
      byRow.set(row, [...(byRow.get(row) ?? []), ...list]);
    }
    for (const [row, list] of byRow) byRow.set(row, list.sort((a, b) => a.document - b.document).slice(0, this.limit));
    this.byKey = byRow;
  }

  /** The first sentences naming this entity, in corpus order (none if it was never added). */
  of(entity: Parameters<typeof corpusKey>[0]): NodeSentence[] {
    return (this.byKey.get(corpusKey(entity)) ?? []).map(({ sentence, file }) => ({ sentence, file }));
  }
}
