// Overlap resolution returns the kept mentions without sorting them a second time: its binary
// search keeps them in order of start, and kept mentions never overlap. The result must be exactly
// what the definition gives: rank by length, strength, start and type, keep each mention that
// overlaps none kept before it, and list the kept ones by start and then end.

import fc from 'fast-check';
import { Mention } from '../../src/model';
import { resolveOverlaps } from '../../src/pipeline/resolve';

function byDefinition(mentions: Mention[]): Mention[] {
  const compareTypes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const ranked = mentions
    .filter((m) => m.end > m.start)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || b.strength - a.strength || a.start - b.start || compareTypes(a.type, b.type));
  const kept: Mention[] = [];
  for (const mention of ranked) if (!kept.some((k) => k.start < mention.end && mention.start < k.end)) kept.push(mention);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function mention(type: Mention['type'], start: number, end: number, strength: number, rule: string): Mention {
  return { type, start, end, tokenStart: 0, tokenEnd: 0, rule, strength };
}

const arbitraryMention = fc.record({
  type: fc.constantFrom<Mention['type']>('person', 'organization', 'place', 'date'),
  start: fc.integer({ min: 0, max: 60 }),
  length: fc.integer({ min: -2, max: 12 }),
  strength: fc.constantFrom(0.3, 0.5, 0.8, 0.9),
});

describe('resolveOverlaps', () => {
  it('keeps the longest, then the strongest, then the earliest, and lists them by start', () => {
    const long = mention('organization', 10, 30, 0.5, 'long');
    const inside = mention('person', 12, 20, 0.9, 'inside');
    const strong = mention('place', 40, 46, 0.9, 'strong');
    const weak = mention('person', 42, 48, 0.5, 'weak');
    const first = mention('date', 0, 4, 0.5, 'first');
    const empty = mention('person', 5, 5, 1, 'empty');
    expect(resolveOverlaps([weak, inside, strong, long, empty, first]).map((m) => m.rule)).toEqual(['first', 'long', 'strong']);
  });

  it('gives the same mentions in the same order as the definition, for any mentions', () => {
    fc.assert(
      fc.property(fc.array(arbitraryMention, { maxLength: 40 }), (drawn) => {
        // each mention named by its place in the input, so equal spans of equal rank stay told apart
        const mentions = drawn.map((m, i) => mention(m.type, m.start, m.start + m.length, m.strength, `rule-${i}`));
        const got = resolveOverlaps([...mentions]);
        const want = byDefinition([...mentions]);
        expect(got.map((m) => m.rule)).toEqual(want.map((m) => m.rule));
      }),
      { numRuns: 2000 },
    );
  });
});
