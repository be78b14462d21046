// A surname the story also uses as a place (refine/one-sense.ts): where the word alone stands before
// what only a person does (a verb of speech, ", who"), it is the story's person; elsewhere the place.
// Invented people, towns and sentences.
import { names } from './helpers';

const rows = (text: string) => names(text).map((r) => [r.text, r.type, r.start, r.end, r.rule]);

describe('a surname that is also the story\'s place', () => {
  test('before a verb of speech it is the person; before another verb, the place', () => {
    expect(rows('Wendeline Varnby won the vote in the town of Varnby on Sunday. Varnby said she would fix the roads. Varnby has 7,000 people.')).toEqual([
      ['Wendeline Varnby', 'person', 0, 16, 'person.given-name'],
      ['Varnby', 'place', 45, 51, 'place.kind-of'],
      ['Varnby', 'person', 63, 69, 'person.surname-in-document'],
      ['Varnby', 'place', 100, 106, 'place.one-sense'],
    ]);
  });

  test('before ", who" it is the person; after a preposition, the place', () => {
    expect(rows('Anselm Tellmund was named after the village of Tellmund in 1950. Tellmund, who is 74, still lives in Tellmund.')).toEqual([
      ['Anselm Tellmund', 'person', 0, 15, 'person.given-name'],
      ['Tellmund', 'place', 47, 55, 'place.kind-of'],
      ['Tellmund', 'person', 65, 73, 'person.surname-in-document'],
      ['Tellmund', 'place', 101, 109, 'place.one-sense'],
    ]);
  });
});
