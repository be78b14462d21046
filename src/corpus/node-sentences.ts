// The sentences each entity of a corpus was named in, for `graph --format html` (click a node: its
// sentences). Collected beside the GraphBuilder, one document at a time, keyed like the graph's
// nodes (corpusKey), the first few per entity only: memory grows with the entities, not the mentions.

import { DocumentResult, EntityType } from '../model';
import { corpusKey, documentLabel } from './keys';

export interface NodeSentence {
  sentence: string;
  file: string | null;
}

/** Enough to read who someone is; a name in 5,000 sentences would make the page huge. */
export const SENTENCES_PER_NODE = 12;

export class NodeSentences {
  private readonly byKey = new Map<string, NodeSentence[]>();

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
    for (const entity of result.entities) {
      if (!this.types.has(entity.type)) continue;
      const key = corpusKey(entity);
      let list = this.byKey.get(key);
      if (!list) {
        list = [];
        this.byKey.set(key, list);
      }
      for (const mention of entity.mentions) {
        if (list.length >= this.limit) break;
        // a name said twice in one sentence shows that sentence once
        if (list.some((seen) => seen.sentence === mention.sentence && seen.file === file)) continue;
        list.push({ sentence: mention.sentence ?? '', file });
      }
    }
  }

  /** The first sentences naming this entity, in corpus order (none if it was never added). */
  of(entity: Parameters<typeof corpusKey>[0]): NodeSentence[] {
    return this.byKey.get(corpusKey(entity)) ?? [];
  }
}
