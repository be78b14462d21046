import { brief, names } from './helpers';

describe('a place that opens a longer name is no place of its own', () => {
  test('"the Texas Legislature", "the Portland Archdiocese": no place; a title after the place keeps it', () => {
    const text = 'The bill went to the Texas Legislature and the Portland Archdiocese objected. Ohio Agriculture Secretary Tom Rudd and Boston District Judge Ann Vell agreed.';
    expect(names(text).map((r) => [r.text, r.type, r.start])).toEqual([
      ['Ohio', 'place', 78],
      ['Tom Rudd', 'person', 105],
      ['Boston', 'place', 118],
      ['Ann Vell', 'person', 140],
    ]);
  });

  test('an abbreviation that may end its sentence keeps its place ("in the U.S. Yesterday"), and so does a place before a first name', () => {
    expect(brief('Sales fell in the U.S. Yesterday prices rose. In Kenya Will Kresk waved.')).toEqual([
      'place:U.S.', 'place:Kenya',
    ]);
  });
});
