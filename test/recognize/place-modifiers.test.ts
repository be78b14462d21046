import { brief, names } from './helpers';
import { tokenize } from '../../src/pipeline/segment';

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

describe('a place before a capitalized word no rule typed opens a name we do not know', () => {
  test('"the Peru Zavrenta coalition": no place there; the story\'s other "Peru" and one before a time keep theirs', () => {
    const text = 'Talks in Peru stalled on Monday. Senator Ivo Brenn of the centre-right Peru Zavrenta coalition walked out. In Peru Monday crowds gathered.';
    expect(names(text).map((r) => [r.text, r.type, r.start])).toEqual([
      ['Peru', 'place', 9],
      ['Ivo Brenn', 'person', 41],
      ['Peru', 'place', 110],
    ]);
  });
});

describe('a place after a capitalized word no rule typed ends a name we do not know', () => {
  test('"Auvanto Kenya": no place there; a country after a preposition and a town, or before a hyphen, keeps its place', () => {
    expect(brief('Regulators fined Telcom Kenya and Auvanto Kenya on Monday. Talks in Velno Egypt resumed. The Velno China-Peru venture grew.')).toEqual([
      'place:Egypt', 'place:China', 'place:Peru',
    ]);
  });
});

describe('two places joined by a hyphen are two places', () => {
  test('"the Lima-Cusco railway", "Peru-Chile talks", "Sino-U.S." and a place before a people: each place found', () => {
    const text = 'Work on the Lima-Cusco railway resumed as Peru-Chile talks opened. Sino-U.S. trade and Chile-Bolivian ties were raised.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.end])).toEqual([
      ['Lima', 'place', 12, 16],
      ['Cusco', 'place', 17, 22],
      ['Peru', 'place', 42, 46],
      ['Chile', 'place', 47, 52],
      ['U.S.', 'place', 72, 76],
      ['Chile', 'place', 87, 92],
    ]);
  });

  test('no split inside a longer capitalized name, of a place listed whole, or of a name said twice', () => {
    const tokens = (text: string) => tokenize(text).map((t) => t.text);
    expect(tokens('the Lima-Cusco Railway Company')).toEqual(['the', 'Lima-Cusco', 'Railway', 'Company']);
    expect(tokens('the Rotary Club of Lima-Cusco met')).toEqual(['the', 'Rotary', 'Club', 'of', 'Lima-Cusco', 'met']);
    expect(tokens('flights to Guinea-Bissau resumed')).toEqual(['flights', 'to', 'Guinea-Bissau', 'resumed']);
    expect(tokens('camps near Lima-Lima grew')).toEqual(['camps', 'near', 'Lima-Lima', 'grew']);
    expect(tokens('the Lima-Cusco line')).toEqual(['the', 'Lima', '-', 'Cusco', 'line']);
    // (review 20) a region after a combining form is one region's name; a capital after a full stop opens the next sentence
    expect(tokens('Afro-Caribbean and Indo-Pacific groups')).toEqual(['Afro-Caribbean', 'and', 'Indo-Pacific', 'groups']);
    expect(tokens('the route Lima-Cusco. Fares rose')).toEqual(['the', 'route', 'Lima', '-', 'Cusco', '.', 'Fares', 'rose']);
    expect(tokens('Austria-Hungary fell')).toEqual(['Austria-Hungary', 'fell']);
  });
});

describe('a name before "village" or a South Asian subdistrict is a place', () => {
  test('"from Velnapur village", "the Kesrabad upazila", "Morvi tehsil"', () => {
    const text = 'A farmer from Velnapur village spoke. Floods hit the Kesrabad upazila and the Morvi tehsil.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Velnapur', 'place', 14, 'place.kind-after'],
      ['Kesrabad', 'place', 53, 'place.kind-after'],
      ['Morvi', 'place', 78, 'place.kind-after'],
    ]);
  });
});

describe('a name before a describing word and a kind of area is a place', () => {
  test('"the Velkar industrial area", "the Orvo business park"; not a known body\'s name ("the Labour party district")', () => {
    const text = 'A plant in the Velkar industrial area and the Orvo business park opened. The Labour party district met.';
    expect(names(text).map((r) => [r.text, r.type, r.start, r.rule])).toEqual([
      ['Velkar', 'place', 15, 'place.kind-after'],
      ['Orvo', 'place', 46, 'place.kind-after'],
      ['Labour', 'organization', 77, 'organization.gazetteer'],
    ]);
  });
});
