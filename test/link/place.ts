// Hand-built PlacedMention lists for the linker tests: the linker is tested apart from the
// recognizers, on exactly the mentions a test names.

import { EntityType } from '../../src/model';
import { PlacedMention } from '../../src/pipeline/link';

export interface Spec {
  text: string;
  type: EntityType;
  /** which occurrence of text in the document (0 = first) */
  nth?: number;
  name?: string;
  roles?: string[];
  value?: string;
  rule?: string;
}

/** Sentences end at ". " in these test texts. */
function sentenceAround(doc: string, start: number): string {
  const from = doc.lastIndexOf('. ', start - 1);
  const to = doc.indexOf('. ', start);
  return doc.slice(from < 0 ? 0 : from + 2, to < 0 ? doc.length : to + 1).replace(/\s+/g, ' ');
}

export function place(doc: string, specs: Spec[]): PlacedMention[] {
  return specs.map((spec) => {
    let start = -1;
    for (let n = 0; n <= (spec.nth ?? 0); n++) {
      start = doc.indexOf(spec.text, start + 1);
      if (start < 0) throw new Error(`"${spec.text}" #${spec.nth ?? 0} not in the test text`);
    }
    const mention: PlacedMention = {
      type: spec.type,
      start,
      end: start + spec.text.length,
      tokenStart: 0,
      tokenEnd: 1,
      rule: spec.rule ?? `test.${spec.type}`,
      strength: 0.5,
      text: spec.text,
      line: 1,
      column: start + 1,
      sentenceText: sentenceAround(doc, start),
    };
    if (spec.name !== undefined) mention.name = spec.name;
    if (spec.roles !== undefined) mention.roles = spec.roles;
    if (spec.value !== undefined) mention.value = spec.value;
    return mention;
  });
}

/** The entities as [type, name, count, aliases] rows: what most linking tests compare. */
export function summaryOf(entities: { type: string; name: string; count: number; aliases?: string[] }[]): [string, string, number, string[]][] {
  return entities.map((e) => [e.type, e.name, e.count, e.aliases ?? []]);
}
