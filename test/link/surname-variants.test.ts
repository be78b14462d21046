import { extract } from '../../src';
import { transliterationVariant } from '../../src/pipeline/link/edit-distance';

describe('a second spelling of a surname is recognized and joins the person', () => {
  test('one transliteration step: -off/-ow/-ov, dzh/j, kh/h, ou/u, y/i, a doubled letter', () => {
    expect(transliterationVariant('nazaroff', 'nazarov')).toBe(true);
    expect(transliterationVariant('nazarow', 'nazarov')).toBe(true);
    expect(transliterationVariant('jumabayev', 'dzhumabayev')).toBe(true);
    expect(transliterationVariant('halilov', 'khalilov')).toBe(true);
    expect(transliterationVariant('yusupov', 'iusupov')).toBe(true);
    expect(transliterationVariant('nazzarov', 'nazarov')).toBe(true);
    expect(transliterationVariant('boston', 'bolton')).toBe(false);
    expect(transliterationVariant('nazarov', 'nazarov')).toBe(false);
  });

  test('variants beside a full name are that person, with their spellings as aliases', () => {
    const text = 'Deputy minister Abai Nazarov spoke in Astana. Nazzarov said the plan would work. Later Nazaroff added ' +
      'that Kairat Dzhumabayev agreed, and Jumabayev signed. Nazarov Street was closed.';
    const persons = extract(text).entities.filter((e) => e.type === 'person');
    expect(persons.map((e) => [e.name, e.aliases, e.mentions.map((m) => [m.text, m.start, m.rule])])).toEqual([
      ['Abai Nazarov', ['Nazzarov', 'Nazaroff'], [['Abai Nazarov', 16, 'person.title'], ['Nazzarov', 46, 'person.spelling-variant'], ['Nazaroff', 87, 'person.spelling-variant']]],
      ['Kairat Dzhumabayev', ['Jumabayev'], [['Kairat Dzhumabayev', 107, 'person.unknown-name'], ['Jumabayev', 138, 'person.spelling-variant']]],
    ]);
  });

  test('a word close to two surnames, or a different consonant, is left alone', () => {
    // "Korlov" is one vowel from both "Karlov" and "Kurlov"; "Bolson" differs from "Bolton" by a consonant
    const text = 'Ivan Karlov met Anna Kurlov and Mark Bolton. Korlov and Bolson spoke later.';
    expect(extract(text).entities.filter((e) => e.mentions.some((m) => m.rule === 'person.spelling-variant'))).toEqual([]);
  });
});
