import { linkMentions } from '../../src/pipeline/link';
import { place, summaryOf } from './place';

describe('one-edit spelling variants of long surnames join and are listed as aliases', () => {
  test('"Masimov" joins Karim Massimov', () => {
    const doc = "Karim Massimov met Berik Asylov. Massimov's deputy stayed. Masimov, the former prime minister, denied it.";
    const entities = linkMentions(
      place(doc, [
        { text: 'Karim Massimov', type: 'person' },
        { text: 'Berik Asylov', type: 'person' },
        { text: "Massimov's", type: 'person' },
        { text: 'Masimov', type: 'person' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([
      ['person', 'Karim Massimov', 3, ['Massimov', 'Masimov']],
      ['person', 'Berik Asylov', 1, []],
    ]);
  });

  test('"Karim Masimov" joins "Karim Massimov": same given name', () => {
    const doc = 'Karim Massimov spoke. Karim Massimov left. Karim Masimov returned.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Karim Massimov', type: 'person' },
        { text: 'Karim Massimov', type: 'person', nth: 1 },
        { text: 'Karim Masimov', type: 'person' },
      ]),
    );
    expect(summaryOf(entities)).toEqual([['person', 'Karim Massimov', 3, ['Karim Masimov']]]);
  });

  test('two variants alone: the more frequent spelling names the entity', () => {
    const doc = 'Nazarbaev spoke. Nazarbayev left. Nazarbayev returned.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Nazarbaev', type: 'person' },
        { text: 'Nazarbayev', type: 'person' },
        { text: 'Nazarbayev', type: 'person', nth: 1 },
      ]),
    );
    expect(summaryOf(entities)).toEqual([['person', 'Nazarbayev', 3, ['Nazarbaev']]]);
  });

  test('a competing candidate: no join', () => {
    const doc = 'Karim Massimov and Aliya Masimova met. Masimov said no.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Karim Massimov', type: 'person' },
        { text: 'Aliya Masimova', type: 'person' },
        { text: 'Masimov', type: 'person', nth: 1 },
      ]),
    );
    expect(entities.map((e) => [e.name, e.count])).toEqual([
      ['Karim Massimov', 1],
      ['Aliya Masimova', 1],
      ['Masimov', 1],
    ]);
  });

  test('short names are not joined: Doe and Dae', () => {
    const doc = 'John Doe spoke. Dae said no.';
    const entities = linkMentions(place(doc, [{ text: 'John Doe', type: 'person' }, { text: 'Dae', type: 'person' }]));
    expect(entities.map((e) => e.name)).toEqual(['John Doe', 'Dae']);
  });

  test('a given name is not a variant of a surname: "Michael" is not Tom Michaels', () => {
    const doc = 'Tom Michaels and Michael Jordan met. Michael said no.';
    const entities = linkMentions(
      place(doc, [
        { text: 'Tom Michaels', type: 'person' },
        { text: 'Michael Jordan', type: 'person' },
        { text: 'Michael', type: 'person', nth: 2 },
      ]),
    );
    expect(entities.map((e) => [e.name, e.count])).toEqual([
      ['Tom Michaels', 1],
      ['Michael Jordan', 1],
      ['Michael', 1],
    ]);
  });

  test('two different consonants make two names: Hanssen is not Walter Janssen', () => {
    const doc = 'Walter Janssen spoke. Hanssen said no.';
    const entities = linkMentions(place(doc, [{ text: 'Walter Janssen', type: 'person' }, { text: 'Hanssen', type: 'person' }]));
    expect(entities.map((e) => e.name)).toEqual(['Walter Janssen', 'Hanssen']);
  });
});
