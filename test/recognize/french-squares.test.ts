// The French "Place" opening a square's name is a place (recognize/places.ts, FOREIGN_SQUARE_WORDS).
// Invented squares and sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule]);

describe('"Place de la Tarvenne", "Place Orvelle": a French square', () => {
  test('with its small words or one name word after it; not the English verb opening a sentence', () => {
    expect(rows('The march went from Place de la Tarvenne to Place Orvelle. Place the banners here.')).toEqual([
      ['Place de la Tarvenne', 'place', 20, 40, 'place.prefix'],
      ['Place Orvelle', 'place', 44, 57, 'place.prefix'],
    ]);
  });
});
