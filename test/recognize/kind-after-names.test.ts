// A name guessed a person by its shape, before a kind of area or works, is the place
// (refine/kind-after-names.ts). Invented names and sentences.
import { names } from './helpers';

describe('a name guessed a person by its shape, before a kind of area or works, is the place', () => {
  test('issue 13: "at Greta Torvesk station", "the Milla Tarvane circuit" are places; "the Jonna Torvane family" stays a person', () => {
    const text = 'Trains stopped at Greta Torvesk station, and the Milla Tarvane circuit was closed. The Jonna Torvane family said nothing.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule])).toEqual([
      ['Greta Torvesk', 'place', 18, 31, 'place.kind-after-name'],
      ['Milla Tarvane', 'place', 49, 62, 'place.kind-after-name'],
      ['Jonna Torvane', 'person', 87, 100, 'person.given-name'],
    ]);
  });
});
