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
});
