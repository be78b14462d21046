import { brief, names } from './helpers';

describe('a place that opens a longer name is no place of its own', () => {
  test('"the Nevada Caucus", "the Oslo Quartet": no place; a title after the place keeps it', () => {
    const text = 'The bill went to the Nevada Caucus and the Oslo Quartet objected. Ohio Agriculture Secretary Tom Rudd and Boston District Judge Ann Vell agreed.';
    expect(names(text).map((r) => [r.text, r.type, r.start])).toEqual([
      ['Ohio', 'place', 66],
      ['Tom Rudd', 'person', 93],
      ['Boston', 'place', 106],
      ['Ann Vell', 'person', 128],
    ]);
  });

  test('an abbreviation that may end its sentence keeps its place ("in the U.S. Yesterday"), and so does a place before a first name', () => {
    // (the first name that is also a word makes a person with its surname, the place staying out of it)
    expect(brief('Sales fell in the U.S. Yesterday prices rose. In Kenya Will Kresk waved.')).toEqual([
      'place:U.S.', 'place:Kenya', 'person:Will Kresk',
    ]);
  });
});
