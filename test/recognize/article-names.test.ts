// A person's guess from a first name alone is dropped after a lower-case "the" when no noun follows
// (refine/article-names.ts): "the Lena Vorrik" is a place or a thing, "the Dana Orrel scandal" a person's.
// Invented names and sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule]);

describe('a first-name guess after "the"', () => {
  test('is dropped before no noun, kept before a noun or "and"', () => {
    expect(rows('Tourists crowd the Lena Vorrik every summer. Fishing boats sail along the Maria Dunvik, a rocky coast. Reporters covered the Dana Orrel scandal and the Peter Skarn and Tom Vesk cases.')).toEqual([
      ['Dana Orrel', 'person', 125, 135, 'person.given-name'],
      ['Peter Skarn', 'person', 152, 163, 'person.given-name'],
      ['Tom Vesk', 'person', 168, 176, 'person.given-name'],
    ]);
  });
});
