// A body's name that holds "and" (refine/coordinated-names.ts): ordinary words joined by "and"
// before the head-noun name, opened by an article, are the same name. Invented bodies and sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule]);

describe('a body whose name holds "and"', () => {
  test('the first half before "and", a place word at its start, is the same name; a body of its own is not', () => {
    expect(rows('She trained at the Norland Velka Weavers and Dyers Institute in 1990. Members of the Orvik Growers and Dyers Network met.')).toEqual([
      ['Norland Velka Weavers and Dyers Institute', 'organization', 19, 60, 'organization.coordinated-name'],
      ['Orvik Growers', 'organization', 85, 98, 'organization.head-noun'],
      ['Dyers Network', 'organization', 103, 116, 'organization.head-noun'],
    ]);
  });

  test('a list of ordinary words before "and", joined by commas, is the same name; not where no article opens it', () => {
    expect(rows('The Tarsk Volcanic, Seismic and Tidal Services Administration said the quake was small. Pupils of Velka Weavers and Dyers Institute sang.')).toEqual([
      ['Tarsk Volcanic, Seismic and Tidal Services Administration', 'organization', 4, 61, 'organization.coordinated-name'],
      ['Dyers Institute', 'organization', 116, 131, 'organization.head-noun'],
    ]);
  });

  test('issue 13: a first half word no list knows, or a one-word place guessed in the story, opens the same name; not a people\'s word', () => {
    expect(rows('The Tarsk Radio-telegraph and Mailboat Commission said the line was down.')).toEqual([
      ['Tarsk Radio-telegraph and Mailboat Commission', 'organization', 4, 49, 'organization.coordinated-name'],
    ]);
    expect(rows('Crofters in Dunvarrow cheered. The Dunvarrow and Hortense Orvane Trust bought the hill.')).toEqual([
      ['Dunvarrow', 'place', 12, 21, 'place.preposition'],
      ['Dunvarrow and Hortense Orvane Trust', 'organization', 35, 70, 'organization.coordinated-name'],
    ]);
    expect(rows('Pickets of the Anti-French and Orvane Tarsk Front walked out.')).toEqual([
      ['Orvane Tarsk Front', 'organization', 31, 49, 'organization.head-noun'],
    ]);
  });
});
